#pragma once
// The federation's roster as a list model for QML: one row per person, in
// the order they were added.
#include "roster.hpp"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class RosterModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by App")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, SexRole, BirthRole, PartyRole, WorkplaceRole, PostRole };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reset(const hx::Roster& roster);
    int count() const { return rowCount(); }

signals:
    void countChanged();

private:
    std::vector<hx::Person> m_people;
};
