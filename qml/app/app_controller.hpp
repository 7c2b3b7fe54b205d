#pragma once
// The console's controller, the QML singleton App: opens or creates a
// workspace, keeps the federation, roster import (preview → commit), the
// signing key, the meetings and their documents, and owns the meeting
// session. Engine errors become messages in the operator's language.
#include "engine_link.hpp"
#include "key_store.hpp"
#include "list_models.hpp"
#include "roster_import.hpp"
#include "roster_model.hpp"
#include "session.hpp"
#include "register_desk.hpp"

#include <QFileDialog>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

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
    Q_PROPERTY(bool hasSigningKey READ hasSigningKey NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)
    Q_PROPERTY(QString importSummary READ importSummary NOTIFY changed)
    Q_PROPERTY(QString acceptedHeaders READ acceptedHeaders CONSTANT)
    Q_PROPERTY(QString documentsFolder READ documentsFolder NOTIFY changed)
    Q_PROPERTY(bool english READ english CONSTANT)
    Q_PROPERTY(QStringList recentWorkspaces READ recentWorkspaces NOTIFY changed)
    Q_PROPERTY(QUrl documentsLocation READ documentsLocation CONSTANT)
    Q_PROPERTY(RosterModel* roster READ roster CONSTANT)
    Q_PROPERTY(MeetingListModel* meetings READ meetings CONSTANT)
    Q_PROPERTY(ImportPreviewModel* importPreview READ importPreview CONSTANT)
    Q_PROPERTY(DocumentModel* documents READ documents CONSTANT)
    Q_PROPERTY(MeetingSession* session READ session CONSTANT)
    Q_PROPERTY(RegisterDesk* executiveRegister READ executiveRegister CONSTANT)
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    Q_INVOKABLE bool openWorkspace(const QString& pathOrUrl);
    Q_INVOKABLE bool createWorkspace(const QString& pathOrUrl, const QString& name, const QString& kind,
                                     const QString& partyOrganisation, const QString& upperFederation);
    Q_INVOKABLE bool createSigningKey(const QString& passphrase);
    // Asks for a file with Qt's file dialog (translated with Qt's own catalogue):
    // mode "open" or "save"; filter as "名册 (*.csv *.xlsx)"; starts in the user's
    // documents folder. The chosen path, or "" when the user cancels.
    Q_INVOKABLE QString askFile(const QString& mode, const QString& title, const QString& filter, const QString& suffix = {});
    // The dialog askFile shows, not yet shown (the self-test opens it too).
    static std::unique_ptr<QFileDialog> fileDialog(const QString& mode, const QString& title, const QString& filter, const QString& suffix = {});
    Q_INVOKABLE bool previewImport(const QString& pathOrUrl);
    Q_INVOKABLE bool commitImport(bool skipErrors);
    // Adds a person (no id) or saves an edited one: fields by their JSON keys.
    Q_INVOKABLE bool savePerson(const QVariantMap& person);
    // Removes a person entered in error; the engine keeps anyone the record names.
    Q_INVOKABLE bool removePerson(const QString& id, const QString& reason);
    // A meeting from a template: kind, id, title, date, place, presiding, recorder; all the roster expected unless listed.
    Q_INVOKABLE bool createMeeting(const QVariantMap& meeting, const QStringList& expected, const QVariantMap& method);
    // The sentence explaining a method setting and its value, for the meeting form.
    Q_INVOKABLE QString explainSetting(const QString& key, const QVariant& value) const;
    Q_INVOKABLE bool generateDocuments(const QString& passphrase);
    Q_INVOKABLE bool printDocument(const QString& path);
    // Writes the meeting's delegate cards (代表证.pdf, or 出席证.pdf) into its documents folder and prints them.
    Q_INVOKABLE bool printDelegateCards();
    Q_INVOKABLE QString verifyFile(const QString& pathOrUrl);
    Q_INVOKABLE QString verifyCode(const QString& text);

    bool hasWorkspace() const { return m_ws != nullptr; }
    QString workspacePath() const { return m_path; }
    QString federationName() const;
    QString federationKind() const;
    QString journalStatus() const { return m_journalStatus; }
    bool journalValid() const { return m_journalValid; }
    bool hasSigningKey() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString importSummary() const { return m_importSummary; }
    QString acceptedHeaders() const;
    QString documentsFolder() const;
    bool english() const { return m_link.lang() == hx::Lang::en; }
    // Workspaces opened lately, newest first, those that still exist (kept in the user's settings).
    QStringList recentWorkspaces() const;
    // Where new workspaces are offered: the user's documents folder.
    QUrl documentsLocation() const;
    RosterModel* roster() { return &m_roster; }
    MeetingListModel* meetings() { return &m_meetings; }
    ImportPreviewModel* importPreview() { return &m_preview; }
    DocumentModel* documents() { return &m_documents; }
    MeetingSession* session() { return &m_session; }
    RegisterDesk* executiveRegister() { return &m_register; }
    EngineLink* link() { return &m_link; }

signals:
    void changed();
    void workspaceOpened();

private:
    void adopt(std::unique_ptr<hx::Workspace> ws, const QString& path);
    void refresh();
    void fail(const hx::Text& t);
    // A passing confirmation in the status line (neutral, fades).
    void confirm(const QString& text);
    void listDocuments();
    // The open workspace's signing key and certificate (hx::signingKeyPaths).
    hx::KeyPaths keyPaths() const;

    EngineLink m_link;
    QTimer m_poll;
    std::unique_ptr<hx::Workspace> m_ws;
    QString m_path;
    std::string m_identity; // the open workspace's first event hash (its key's name in the store)
    QString m_journalStatus;
    bool m_journalValid = false;
    QString m_message;
    bool m_messageIsError = false;
    QString m_importSummary;
    std::optional<hx::ImportPreview> m_pendingImport;
    QString m_pendingSource;
    RosterModel m_roster;
    MeetingListModel m_meetings;
    ImportPreviewModel m_preview;
    DocumentModel m_documents;
    MeetingSession m_session;
    RegisterDesk m_register{&m_link};
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
