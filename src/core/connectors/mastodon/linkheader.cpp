#include "linkheader.h"

#include <QStringList>

namespace Torget::LinkHeader {

namespace {

// The rel parameter of one link-value's parameter list (`; rel="next"; title=…`).
QStringList relsOf(QStringView params)
{
    QStringList rels;
    for (QStringView param : params.split(u';', Qt::SkipEmptyParts)) {
        param = param.trimmed();
        const qsizetype eq = param.indexOf(u'=');
        if (eq < 0 || param.left(eq).trimmed().compare(u"rel", Qt::CaseInsensitive) != 0)
            continue;
        QStringView value = param.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.front() == u'"' && value.back() == u'"')
            value = value.mid(1, value.size() - 2);
        for (QStringView rel : value.split(u' ', Qt::SkipEmptyParts))
            rels << rel.toString().toLower();
    }
    return rels;
}

} // namespace

QHash<QString, QUrl> parse(const QByteArray &header)
{
    QHash<QString, QUrl> links;
    const QString text = QString::fromUtf8(header);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'<', pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        const QUrl target(text.mid(open + 1, close - open - 1).trimmed());
        // Parameters run to the next link-value: a comma outside quotes, followed by '<'.
        qsizetype end = close + 1;
        bool quoted = false;
        for (; end < text.size(); ++end) {
            const QChar c = text.at(end);
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == u'<')
                break;
        }
        // The comma that separates this link-value from the next one is not part of its parameters.
        QStringView params = QStringView(text).mid(close + 1, end - close - 1).trimmed();
        while (params.endsWith(u','))
            params = params.chopped(1).trimmed();
        if (target.isValid()) {
            for (const QString &rel : relsOf(params))
                links.insert(rel, links.value(rel, target));
        }
        pos = end;
    }
    return links;
}

QString pagingQuery(const QUrl &link)
{
    return link.query(QUrl::FullyEncoded);
}

} // namespace Torget::LinkHeader
