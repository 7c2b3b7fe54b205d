// The roster: import (preview, then commit) and one person added, edited or
// removed by hand, each a journaled command.
#include "app_controller.hpp"
#include "qt_text.hpp"

#include "errors.hpp"

#include <QFileInfo>
#include <QUrl>

QString AppController::acceptedHeaders() const
{
    return m_link.say(hx::acceptedHeaders());
}

bool AppController::previewImport(const QString& pathOrUrl)
{
    if (!m_ws)
        return false;
    const QString path = localPath(pathOrUrl);
    try {
        m_pendingImport = hx::previewImport(m_ws->state().roster, hx::readTableFile(path.toStdString()));
        m_pendingSource = QFileInfo(path).fileName();
    } catch (const hx::Error& e) {
        m_pendingImport.reset();
        m_preview.setRows({});
        m_importSummary.clear();
        fail(e.text());
        return false;
    }
    QList<QVariantMap> rows;
    for (const auto& r : m_pendingImport->rows)
        rows.append({{"line", r.line}, {"status", QString::fromUtf8(hx::statusLabel(r.status, m_link.lang()))}, {"name", q(r.person.name)},
                     {"reason", m_link.say(r.reason)}});
    m_preview.setRows(rows);
    using S = hx::ImportRow::Status;
    const auto& p = *m_pendingImport;
    m_importSummary = m_link.say({"新增 " + std::to_string(p.count(S::New)) + "，变更 " + std::to_string(p.count(S::Changed)) + "，无变化 "
                                      + std::to_string(p.count(S::Unchanged)) + "，错误 " + std::to_string(p.count(S::Error)),
                                  std::to_string(p.count(S::New)) + " new, " + std::to_string(p.count(S::Changed)) + " changed, "
                                      + std::to_string(p.count(S::Unchanged)) + " unchanged, " + std::to_string(p.count(S::Error)) + " in error"});
    m_message.clear();
    emit changed();
    return true;
}

bool AppController::commitImport(bool skipErrors)
{
    if (!m_pendingImport)
        return false;
    if (m_pendingImport->count(hx::ImportRow::Status::Error) > 0 && !skipErrors) {
        fail({"有错误行，未导入任何内容；改正后重试，或选择只导入无误的行", "rows are in error; nothing was imported"});
        return false;
    }
    if (!m_link.run(hx::importCommand(*m_pendingImport, m_pendingSource.toStdString())).isEmpty())
        return false;
    const QString summary = m_importSummary;
    m_pendingImport.reset();
    m_preview.setRows({});
    m_importSummary.clear();
    confirm(m_link.say({"已导入名册 ", "roster imported from "}) + m_pendingSource + m_link.say({"：", ": "}) + summary);
    return true;
}

bool AppController::savePerson(const QVariantMap& person)
{
    if (!m_ws)
        return false;
    hx::Json p = hx::Json::object();
    for (const auto& f : hx::personFields())
        p[f.key] = person.value(QString::fromUtf8(f.key)).toString().trimmed().toStdString();
    const bool adding = p["id"].get<std::string>().empty();
    if (!m_link.run({{"do", adding ? "add_person" : "update_person"}, {"person", p}}).isEmpty())
        return false;
    confirm(m_link.say({adding ? "已加入名册：" : "已保存：", adding ? "added to the roster: " : "saved: "}) + q(p["name"]));
    return true;
}

bool AppController::removePerson(const QString& id, const QString& reason)
{
    const QString name = m_roster.person(id).value("name").toString();
    if (!m_ws || !m_link.run({{"do", "remove_person"}, {"person", id.toStdString()}, {"reason", reason.trimmed().toStdString()}}).isEmpty())
        return false;
    confirm(m_link.say({"已从名册删除：", "removed from the roster: "}) + name);
    return true;
}
