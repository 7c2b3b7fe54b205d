#include "app_controller.hpp"

#include "errors.hpp"

#include <QDateTime>
#include <QJSEngine>
#include <QUrl>

namespace {

std::string nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

AppController::AppController(QObject* parent) : QObject(parent), m_lang(hx::langFromEnvironment()) {}

AppController::~AppController() = default;

bool AppController::openWorkspace(const QString& pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    try {
        auto ws = std::make_unique<hx::Workspace>(hx::Workspace::open(path.toStdString(), nowIso));
        const hx::VerifyReport r = ws->journal().verify();
        m_ws = std::move(ws);
        m_path = path;
        m_journalValid = r.ok;
        m_journalStatus = r.ok ? q(hx::Text{"日志完整：" + std::to_string(r.events) + " 条事件",
                                            "journal intact: " + std::to_string(r.events) + " events"}
                                       .in(m_lang))
                               : q(r.problem.in(m_lang));
        m_message.clear();
        refresh();
        return true;
    } catch (const hx::Error& e) {
        m_message = q(e.text().in(m_lang));
        emit changed();
        return false;
    }
}

QString AppController::federationName() const
{
    return m_ws && m_ws->state().federation ? q(m_ws->state().federation->name) : QString();
}

QString AppController::federationKind() const
{
    return m_ws && m_ws->state().federation ? q(hx::federationKindLabel(m_ws->state().federation->kind))
                                            : QString();
}

void AppController::refresh()
{
    if (m_ws)
        m_roster.reset(m_ws->state().roster);
    emit changed();
}

AppController* AppForeign::create(QQmlEngine*, QJSEngine* engine)
{
    Q_ASSERT(s_instance);
    // The engine must not take ownership of the instance main() owns.
    engine->setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}
