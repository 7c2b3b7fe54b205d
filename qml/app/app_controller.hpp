#pragma once
// The console's one controller: opens a workspace, exposes its federation,
// roster and journal state to QML, and turns engine errors into messages.
// QML reaches it as the singleton App (an existing instance, see AppForeign).
#include "roster_model.hpp"
#include "workspace.hpp"

#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>


class AppController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the console owns the one instance")
    Q_PROPERTY(bool hasWorkspace READ hasWorkspace NOTIFY changed)
    Q_PROPERTY(QString workspacePath READ workspacePath NOTIFY changed)
    Q_PROPERTY(QString federationName READ federationName NOTIFY changed)
    Q_PROPERTY(QString federationKind READ federationKind NOTIFY changed)
    Q_PROPERTY(QString journalStatus READ journalStatus NOTIFY changed)
    Q_PROPERTY(bool journalValid READ journalValid NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(RosterModel* roster READ roster CONSTANT)
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    Q_INVOKABLE bool openWorkspace(const QString& pathOrUrl);

    bool hasWorkspace() const { return m_ws != nullptr; }
    QString workspacePath() const { return m_path; }
    QString federationName() const;
    QString federationKind() const;
    QString journalStatus() const { return m_journalStatus; }
    bool journalValid() const { return m_journalValid; }
    QString message() const { return m_message; }
    RosterModel* roster() { return &m_roster; }

signals:
    void changed();

private:
    void refresh();
    std::unique_ptr<hx::Workspace> m_ws;
    QString m_path;
    QString m_journalStatus;
    bool m_journalValid = false;
    QString m_message;
    RosterModel m_roster;
    hx::Lang m_lang;
};

// Registers the existing AppController instance as the QML singleton App.
struct AppForeign {
    Q_GADGET
    QML_FOREIGN(AppController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(App)
public:
    static AppController* create(QQmlEngine*, QJSEngine* engine);
    static inline AppController* s_instance = nullptr;
};
