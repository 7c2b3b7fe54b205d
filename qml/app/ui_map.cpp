#include "ui_map.hpp"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>
#include <QTimer>

namespace {

QJsonObject entry(const QString& window, const QString& cls, const QString& text, const QString& name, QRect r, bool enabled)
{
    return {{"window", window}, {"class", cls}, {"text", text}, {"name", name}, {"x", r.x()}, {"y", r.y()},
            {"w", r.width()}, {"h", r.height()}, {"enabled", enabled}};
}

// Items whose every ancestor is visible and that have a size, with their text;
// `view` is what the clipping ancestors leave visible (window coordinates):
// an item scrolled out of its list is not on the screen.
void addItems(QJsonArray& out, const QString& window, QQuickItem* item, QRectF view)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (item->clip())
        view = view.intersected(box);
    if (item->clip() && view.isEmpty())
        return;
    const QRectF shown = box.intersected(view);
    const QString text = item->property("text").toString();
    const QString placeholder = item->property("placeholderText").toString();
    if (!shown.isEmpty() && (!text.isEmpty() || !placeholder.isEmpty() || !item->objectName().isEmpty())) {
        // The part on the screen, in screen coordinates.
        const QPointF topLeft = item->mapToGlobal(QPointF(0, 0)) + (shown.topLeft() - box.topLeft());
        QJsonObject e = entry(window, item->metaObject()->className(), text, item->objectName(),
                              QRect(topLeft.toPoint(), QSize(qRound(shown.width()), qRound(shown.height()))), item->isEnabled());
        if (!placeholder.isEmpty())
            e["placeholder"] = placeholder;
        if (item->hasActiveFocus())
            e["focus"] = true;
        // Text cut off without an ellipsis the page asked for: a clipped label.
        const QVariant elide = item->property("elide");
        const QVariant wrap = item->property("wrapMode");
        const QVariant implicitW = item->property("implicitWidth");
        if (elide.isValid() && elide.toInt() == Qt::ElideNone && wrap.isValid() && wrap.toInt() == 0 && implicitW.isValid() && !text.isEmpty()
            && item->property("fontSizeMode").toInt() == 0)
            e["clipped"] = implicitW.toDouble() > item->width() + 1.5;
        if (item->property("truncated").isValid())
            e["elided"] = item->property("truncated").toBool();
        out.append(e);
    }
    for (QQuickItem* child : item->childItems())
        addItems(out, window, child, view);
}

void addWidgets(QJsonArray& out, QWidget* top)
{
    const QString window = top->windowTitle();
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        QString text;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            text = b->text();
        else if (auto* l = qobject_cast<QLabel*>(w))
            text = l->text();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            text = e->text();
        if (text.isEmpty() && w->objectName().isEmpty())
            continue;
        out.append(entry(window, w->metaObject()->className(), text, w->objectName(), QRect(w->mapToGlobal(QPoint(0, 0)), w->size()), w->isEnabled()));
    }
}

void write(const QString& file)
{
    QJsonArray out;
    for (QWindow* w : QGuiApplication::topLevelWindows())
        if (auto* qw = qobject_cast<QQuickWindow*>(w); qw && qw->isVisible())
            addItems(out, qw->title(), qw->contentItem(), QRectF(QPointF(0, 0), qw->size()));
    for (QWidget* top : QApplication::topLevelWidgets())
        if (top->isVisible())
            addWidgets(out, top);
    QSaveFile f(file);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(out).toJson(QJsonDocument::Compact));
        f.commit();
    }
}

} // namespace

void startUiMap(const QString& file)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, [file] { write(file); });
    timer->start(100);
}
