#pragma once
// The executive register on screen: who serves and since when, the changes
// of the term, the withdrawals the rules propose, the seven-ones duties
// overdue; and the register's commands. Every figure and every proposal
// comes from the engine; this only turns them into rows.
#include "engine_link.hpp"
#include "list_models.hpp"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class RegisterRowsModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the register desk")
public:
    RegisterRowsModel(QStringList roles, QObject* parent) : RowsModel(std::move(roles), parent) {}
};

class RegisterDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.register")
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString asOf READ asOf NOTIFY changed)
    Q_PROPERTY(bool kept READ kept NOTIFY changed)
    Q_PROPERTY(int size READ size NOTIFY changed)
    // The rows are rebuilt only while the register page shows them, not on every ballot.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY changed)
    Q_PROPERTY(RegisterRowsModel* serving READ serving CONSTANT)
    Q_PROPERTY(RegisterRowsModel* history READ history CONSTANT)
    Q_PROPERTY(RegisterRowsModel* proposals READ proposals CONSTANT)
    Q_PROPERTY(RegisterRowsModel* overdue READ overdue CONSTANT)
public:
    explicit RegisterDesk(EngineLink* link, QObject* parent = nullptr);

    QString summary() const { return m_summary; }
    QString asOf() const { return m_asOf; }
    bool kept() const;
    int size() const;
    bool active() const { return m_active; }
    void setActive(bool on);
    RegisterRowsModel* serving() { return &m_serving; }
    RegisterRowsModel* history() { return &m_history; }
    RegisterRowsModel* proposals() { return &m_proposals; }
    RegisterRowsModel* overdue() { return &m_overdue; }

    // Any register verb (release, withdraw, terminate, keep, take_office,
    // leave_office, record_duty, record_executives) as a scenario step;
    // "" when accepted, else the reason.
    Q_INVOKABLE QString execute(const QVariantMap& step);
    // The codes a field accepts (engine codesFor: release, withdraw, keep,
    // terminate, office, duty, review, source, form) and the words for one.
    Q_INVOKABLE QStringList codes(const QString& field) const;
    Q_INVOKABLE QString codeText(const QString& field, const QString& code) const;

signals:
    void changed();

private:
    void refresh();
    void engineChanged();
    QString name(const std::string& id) const;

    EngineLink* m_link;
    bool m_active = false;
    QString m_summary, m_asOf;
    RegisterRowsModel m_serving{{"personId", "name", "offices", "since", "how"}, this};
    RegisterRowsModel m_history{{"date", "name", "change", "detail"}, this};
    RegisterRowsModel m_proposals{{"personId", "name", "grounds", "groundsText", "evidence"}, this};
    RegisterRowsModel m_overdue{{"personId", "name", "duty", "period"}, this};
};
