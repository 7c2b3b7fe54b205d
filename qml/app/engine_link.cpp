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
    try {
        const hx::Verdict v = m_ws->execute(command);
        m_lastRefusal = v.accepted() ? QString() : say(v.refusal);
    } catch (const hx::Error& e) {
        m_lastRefusal = say(e.text());
    }
    if (m_lastRefusal.isEmpty())
        emit changed();
    else
        emit refused(m_lastRefusal);
    return m_lastRefusal;
}

hx::Json EngineLink::toJson(const QVariant& v)
{
    return hx::Json::parse(QJsonDocument::fromVariant(v).toJson(QJsonDocument::Compact).toStdString());
}
