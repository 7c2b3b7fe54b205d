#pragma once
// The federation's roster as a list model for QML: one row per person, in
// the order they were added, narrowed by `query` (a name, part of one, its
// pinyin initials, or an id).
#include "roster.hpp"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class RosterModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, NameRole, SexRole, BirthRole, EthnicityRole, PartyRole, EducationRole,
        WorkplaceRole, PostRole, PhoneRole
    };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reset(const hx::Roster& roster);
    int count() const { return rowCount(); }
    int total() const { return static_cast<int>(m_all.size()); }
    QString query() const { return m_query; }
    void setQuery(const QString& query);
    // One person's fields by their JSON keys (id, name, sex, …), for the edit form.
    Q_INVOKABLE QVariantMap person(const QString& id) const;

signals:
    void countChanged();

private:
    void filter();
    std::vector<hx::Person> m_all;
    std::vector<const hx::Person*> m_shown;
    QString m_query;
};
