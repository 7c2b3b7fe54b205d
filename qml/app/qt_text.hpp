#pragma once
// Small conversions the console's controllers share.
#include <QString>
#include <QUrl>

#include <string>

inline QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// A local path from what a file dialog or QML gives: a path or a file:// URL.
inline QString localPath(const QString& pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}
