#include "channelicons.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Torget::ChannelIcons {

namespace {

struct Badge
{
    QColor colour;
    QString letter;
};

Badge badge(Channel channel)
{
    switch (channel) {
    case Channel::Facebook:
        return {QColor(0x18, 0x77, 0xf2), QStringLiteral("f")};
    case Channel::Instagram:
        return {QColor(0xc1, 0x35, 0x84), QStringLiteral("i")};
    case Channel::Mastodon:
        return {QColor(0x63, 0x64, 0xff), QStringLiteral("m")};
    case Channel::X:
        return {QColor(0x33, 0x33, 0x33), QStringLiteral("X")};
    case Channel::Bluesky:
        return {QColor(0x00, 0x85, 0xff), QStringLiteral("b")};
    case Channel::Email:
        return {QColor(0x5b, 0x63, 0x70), QStringLiteral("@")};
    case Channel::Import:
        return {QColor(0x7c, 0x4d, 0xd6), QStringLiteral("\u2193")};
    }
    return {Qt::gray, QStringLiteral("?")};
}

QPixmap paint(Channel channel, int size)
{
    const Badge b = badge(channel);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(b.colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 4.0, size / 4.0);
    QFont font;
    font.setBold(true);
    font.setPixelSize(size * 3 / 4);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, b.letter);
    return pixmap;
}

} // namespace

QIcon icon(Channel channel)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(static_cast<int>(channel));
    if (it == cache.end()) {
        QIcon made;
        for (int size : {16, 24, 32, 48})
            made.addPixmap(paint(channel, size));
        it = cache.insert(static_cast<int>(channel), made);
    }
    return *it;
}

} // namespace Torget::ChannelIcons
