#pragma once
// The scanning screen's controller. It watches the folder where the
// scanner's own software saves (or fills it through SANE's scanimage), reads
// each new page in the background as it arrives, in arrival order, and
// shows it with its marks drawn; the operator records the batch as the
// round's scan (images kept beside the workspace). What waits — unclear
// cells and set-aside sheets for the scrutineers, written names for a
// teller — is listed with each cell cut out of its image.
#include "engine_link.hpp"
#include "scan_record.hpp"

#include <QFileSystemWatcher>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QProcess>
#include <QQuickImageProvider>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <memory>
#include <set>

class ScanDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of the session")
    Q_PROPERTY(QString folder READ folder NOTIFY changed)
    Q_PROPERTY(bool watching READ watching NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(int sheetsRead READ sheetsRead NOTIFY changed)
    Q_PROPERTY(int sheetsSetAside READ sheetsSetAside NOTIFY changed)
    Q_PROPERTY(int cellsUnclear READ cellsUnclear NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int scanned READ scanned NOTIFY changed)
    Q_PROPERTY(int ready READ ready NOTIFY changed)
    Q_PROPERTY(bool counted READ counted NOTIFY changed)
    Q_PROPERTY(int returned READ returned NOTIFY changed)
    Q_PROPERTY(int sheetsPerBallot READ sheetsPerBallot NOTIFY changed)
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(QString currentText READ currentText NOTIFY changed)
    Q_PROPERTY(QVariantList tasks READ tasks NOTIFY changed)
    Q_PROPERTY(QVariantList scrutineers READ scrutineers NOTIFY changed)
    Q_PROPERTY(QVariantList tellers READ tellers NOTIFY changed)
    Q_PROPERTY(QStringList scanners READ scanners NOTIFY changed)
    Q_PROPERTY(bool acquiring READ acquiring NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
public:
    explicit ScanDesk(EngineLink* link, QObject* parent = nullptr);
    ~ScanDesk() override;

    // Follows the session's focused contest; `workspace` is the workspace file's path.
    void setRound(const std::string& meeting, const std::string& contest);
    void setWorkspacePath(const QString& path) { m_workspace = path; }

    Q_INVOKABLE void setFolder(const QString& pathOrUrl);
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    // Records the sheets read since the last batch; "" when accepted.
    Q_INVOKABLE QString record();
    Q_INVOKABLE void discard();
    Q_INVOKABLE void findScanners();
    // Scans the feeder's stack into the watched folder through `scanimage`.
    Q_INVOKABLE QString acquire(const QString& device);
    // The scrutineers' decisions (ballot from 1) and a teller's typing.
    Q_INVOKABLE QString decide(int ballot, const QString& candidate, int writeIn, const QString& mark, const QString& scrutineer);
    Q_INVOKABLE QString decideBallot(int ballot, bool notABallot, const QString& scrutineer);
    Q_INVOKABLE QString transcribe(int ballot, int writeIn, const QString& name, const QString& teller);
    Q_INVOKABLE QString undoBatch();
    // Shows a recorded ballot's first sheet, its marks drawn, where the page just read is shown.
    Q_INVOKABLE void showBallot(int ballot);

    QString folder() const { return m_folder; }
    bool watching() const { return m_watching; }
    bool busy() const { return m_busy; }
    // The batch read since the last one was recorded.
    int sheetsRead() const;
    int sheetsSetAside() const { return waiting() - sheetsRead(); }
    int cellsUnclear() const;
    int waiting() const { return static_cast<int>(m_pending.size()); }
    int scanned() const;
    int ready() const;
    // The round's ballots are counted (the scan and the tellers' entry committed).
    bool counted() const;
    int returned() const;
    int sheetsPerBallot() const { return m_sheetsPerBallot; }
    QString current() const { return m_current; }
    QString currentText() const { return m_currentText; }
    QVariantList tasks() const { return m_tasks; }
    QVariantList scrutineers() const;
    QVariantList tellers() const;
    QStringList scanners() const { return m_scanners; }
    bool acquiring() const { return m_scan.state() != QProcess::NotRunning; }
    QString message() const { return m_message; }

    // For the image provider: "current/…" or "task/<ballot>/<kind>/<cell>/…".
    QImage image(const QString& id);

signals:
    void changed();

private:
    const hx::Round* round() const;
    void poll();
    void readNext();
    void skipped(const QString& file);
    void took(const QString& file, hx::scan::SheetResult result, const std::string& sha, const QImage& drawn);
    void publish();
    QString say(const hx::Text& t) const { return m_link->say(t); }
    QString send(hx::Json command);
    QString tell(const hx::Text& t); // says it as the message; returns it
    // The scanner's document-feeder source as `scanimage --all-options` names it, or "" (a flatbed).
    static QString feederSource(const QString& device);
    std::string store() const { return hx::scan::imageStore(m_workspace.toStdString()); }

    EngineLink* m_link;
    QString m_workspace;
    std::string m_meeting, m_contest, m_shown;
    std::shared_ptr<const hx::scan::LayoutBook> m_book;
    std::shared_ptr<const std::set<std::string>> m_recorded; // every image the workspace's scans hold
    QString m_folder;
    bool m_watching = false, m_busy = false;
    std::unique_ptr<QFileSystemWatcher> m_watcher; // made when first watching: not before the application
    QTimer m_poll;
    std::map<QString, qint64> m_sizes;  // files seen in the folder, by the size they last had
    std::set<QString> m_taken;          // files read (or queued) already
    std::vector<QString> m_queue;       // files whose size has settled, to read in turn
    std::vector<hx::scan::ScannedSheet> m_pending; // read since the last batch, in order
    std::map<QString, QString> m_files; // file → its SHA-256, for the pending sheets
    int m_sheetsPerBallot = 1, m_drawn = 0;
    int m_skipped = 0; // files of the folder whose image is recorded already
    QString m_current, m_currentText, m_message;
    QVariantList m_tasks;
    QStringList m_scanners;
    QProcess m_scan, m_list;
    QMutex m_imagesLock;
    QImage m_currentImage;
    std::map<QString, QImage> m_cuts;
    size_t m_cutsFor = 0; // the scanned ballots the cut-outs were made for
    QThreadPool m_pool;   // one reader; last, so it finishes before anything it reports to goes
};

// image://scan/<id>: the scanning screen's pictures.
class ScanImageProvider : public QQuickImageProvider {
public:
    explicit ScanImageProvider(ScanDesk* desk) : QQuickImageProvider(QQuickImageProvider::Image), m_desk(desk) {}
    QImage requestImage(const QString& id, QSize* size, const QSize& requested) override;

private:
    ScanDesk* m_desk;
};
