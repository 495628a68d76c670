#include "StatusIcon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace sfconnect {

namespace {

enum class Shape { Filled, Triangle, Hollow, Square, Ring };

QPixmap draw(Shape shape, const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal m = size * 0.15;
    const QRectF box(m, m, size - 2 * m, size - 2 * m);
    p.setPen(QPen(color.darker(130), qMax(1.0, size / 12.0)));
    switch (shape) {
    case Shape::Filled:
        p.setBrush(color);
        p.drawEllipse(box);
        break;
    case Shape::Triangle: {
        QPainterPath path;
        path.moveTo(box.center().x(), box.top());
        path.lineTo(box.bottomRight());
        path.lineTo(box.bottomLeft());
        path.closeSubpath();
        p.setBrush(color);
        p.drawPath(path);
        break;
    }
    case Shape::Hollow:
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box);
        break;
    case Shape::Square:
        p.setBrush(color);
        p.drawRect(box);
        break;
    case Shape::Ring:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, qMax(2.0, size / 6.0)));
        p.drawArc(box, 30 * 16, 300 * 16);
        break;
    }
    return pixmap;
}

} // namespace

QIcon statusIcon(ConnectionStatus status)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(status)); it != cache.cend())
        return *it;
    Shape shape = Shape::Square;
    QColor color(0xc6, 0x28, 0x28); // errors: red square
    switch (status) {
    case ConnectionStatus::Connected:
        shape = Shape::Filled, color = QColor(0x2e, 0x7d, 0x32);
        break;
    case ConnectionStatus::Unknown:
        shape = Shape::Hollow, color = QColor(0x75, 0x75, 0x75);
        break;
    case ConnectionStatus::Checking:
    case ConnectionStatus::Refreshing:
        shape = Shape::Ring, color = QColor(0x15, 0x65, 0xc0);
        break;
    case ConnectionStatus::NeedsSignIn:
    case ConnectionStatus::Maintenance:
    case ConnectionStatus::KeychainUnavailable:
        shape = Shape::Triangle, color = QColor(0xef, 0x8f, 0x00);
        break;
    default:
        break;
    }
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(shape, color, size));
    cache.insert(int(status), icon);
    return icon;
}

} // namespace sfconnect
