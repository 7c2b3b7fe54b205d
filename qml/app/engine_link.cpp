#include "engine_link.hpp"

#include "errors.hpp"

#include <QJsonDocument>

void EngineLink::setWorkspace(hx::Workspace* ws)
{
    m_ws = ws;
    emit changed();
}

QString EngineLink::run(const hx::Json& command)
{
    if (!m_ws) {
        m_lastRefusal = say({"请先打开工作区", "open a workspace first"});
        emit refused(m_lastRefusal);
        return m_lastRefusal;
    }
    const std::int64_t before = m_ws->applied();
    try {
        const hx::Verdict v = m_ws->execute(command);
        m_lastRefusal = v.accepted() ? QString() : say(v.refusal);
    } catch (const hx::Error& e) {
        m_lastRefusal = say(e.text());
    }
    // A refused command may still have taken in events another process wrote.
    if (m_lastRefusal.isEmpty() || m_ws->applied() != before)
        emit changed();
    if (!m_lastRefusal.isEmpty())
        emit refused(m_lastRefusal);
    return m_lastRefusal;
}

const hx::Round* EngineLink::currentRound(const std::string& meeting, const std::string& contest) const
{
    const hx::Meeting* m = state() ? state()->meeting(meeting) : nullptr;
    const hx::Contest* c = m ? m->contest(contest) : nullptr;
    return c ? &c->current() : nullptr;
}

QString EngineLink::runIn(const std::string& meeting, const std::string& contest, hx::Json command)
{
    command["meeting"] = meeting;
    command["contest"] = contest;
    return run(command);
}

void EngineLink::poll()
{
    if (!m_ws)
        return;
    try {
        if (m_ws->refresh())
            emit changed();
    } catch (const hx::Error& e) {
        m_lastRefusal = say(e.text());
        emit refused(m_lastRefusal);
    }
}

hx::Json EngineLink::toJson(const QVariant& v)
{
    return hx::Json::parse(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact).toStdString());
}
