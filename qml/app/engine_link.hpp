#pragma once
// What the console's controllers share: the open workspace, the language,
// and one way to send a command — refused commands return the reason, and
// every accepted one refreshes whoever listens.
#include "workspace.hpp"

#include <QObject>
#include <QString>
#include <QVariant>

class EngineLink : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    hx::Workspace* workspace() const { return m_ws; }
    void setWorkspace(hx::Workspace* ws);
    const hx::State* state() const { return m_ws ? &m_ws->state() : nullptr; }
    hx::Lang lang() const { return m_lang; }
    QString say(const hx::Text& t) const { return QString::fromStdString(t.in(m_lang)); }
    // Sends a command; "" when accepted, else the reason (also in lastRefusal()).
    QString run(const hx::Json& command);
    QString lastRefusal() const { return m_lastRefusal; }
    // The desks' round: the contest's current one, or null.
    const hx::Round* currentRound(const std::string& meeting, const std::string& contest) const;
    // Sends a command about that meeting's contest.
    QString runIn(const std::string& meeting, const std::string& contest, hx::Json command);
    // Takes in what another process (huixuan-cli) has written since; announces it as a change.
    void poll();
    static hx::Json toJson(const QVariant& v);

signals:
    void changed();   // after every accepted command, and when the workspace changes
    void refused(const QString& reason);

private:
    hx::Workspace* m_ws = nullptr;
    hx::Lang m_lang = hx::langFromEnvironment();
    QString m_lastRefusal;
};
