#include "htmltext.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <QByteArray>
#include <QList>

#include <memory>

// Why libxml2 and not QTextDocumentFragment::fromHtml(): the Qt importer works under a plain
// QCoreApplication, but (measured on Qt 6.4.2) it reads local files named in CSS @import, it is
// quadratic in nesting depth (8,000 nested <span> took 1.7 s, 100,000 nested <div> 9 minutes) and
// it drops link targets. libxml2's parser is linear, stops nesting at 256 levels, and with
// HTML_PARSE_NONET never touches the network; the HTML parser loads no resources at all.

namespace Torget::HtmlText {

namespace {

struct DocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

QString fromXml(const xmlChar *s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char *>(s)) : QString();
}

bool nameIs(const xmlNode *node, const char *name)
{
    return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

bool nameIn(const xmlNode *node, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (nameIs(node, name))
            return true;
    }
    return false;
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    const QString out = fromXml(value);
    xmlFree(value);
    return out;
}

// Content nobody reads as text: code, styling, embedded documents and media.
bool isSkipped(const xmlNode *node)
{
    return nameIn(node, {"script", "style", "head", "title", "template", "noscript", "iframe", "object",
                         "embed", "svg", "math", "canvas", "audio", "video", "select", "map", "applet",
                         "frameset", "picture"});
}

// 2: a paragraph of its own (blank line around it); 1: a line of its own; 0: inline.
int blockLevel(const xmlNode *node)
{
    if (nameIn(node, {"p",       "blockquote", "pre",      "h1",     "h2",     "h3",    "h4",
                      "h5",      "h6",         "ul",       "ol",     "dl",     "table", "hr",
                      "figure",  "section",    "article",  "header", "footer", "aside", "nav",
                      "address", "details",    "fieldset", "form",   "main"}))
        return 2;
    if (nameIn(node, {"div", "li", "tr", "dt", "dd", "figcaption", "summary", "caption"}))
        return 1;
    return 0;
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// "https://www.Example.org/a/" and "example.org/a" are the same address for a reader.
QString comparableAddress(QString s)
{
    s = s.trimmed().toCaseFolded();
    for (const QLatin1String prefix : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (s.startsWith(prefix)) {
            s.remove(0, prefix.size());
            break;
        }
    }
    if (s.startsWith(QLatin1String("www.")))
        s.remove(0, 4);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

// Builds the text: whitespace collapsed as a browser does, and line breaks owed by blocks written
// only once the next text arrives, so that nothing leads or trails and blank lines never pile up.
class Writer
{
public:
    void text(const QString &t, bool preformatted)
    {
        for (const QChar c : t) {
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r' && c != u'\f')
                continue; // control characters are never text
            if (c.unicode() == 0x7f || c.isNonCharacter())
                continue;
            if (preformatted) {
                if (c == u'\n') {
                    lineBreak();
                    continue;
                }
                if (c == u'\r')
                    continue;
                put(c == u'\t' || c == u'\f' ? u' ' : c);
                continue;
            }
            if (isHtmlSpace(c)) {
                if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
                    m_space = true;
                continue;
            }
            put(c);
        }
    }

    void lineBreak()
    {
        if (m_out.isEmpty())
            return;
        flushBreaks();
        m_space = false;
        if (trailingNewlines() < 2)
            m_out += u'\n';
    }

    void block(int newlines)
    {
        m_breaks = std::max(m_breaks, newlines);
        m_space = false;
    }

    qsizetype position() const { return m_out.size(); }
    QString since(qsizetype position) const { return m_out.mid(position); }

    QString finish()
    {
        while (!m_out.isEmpty() && m_out.back().isSpace())
            m_out.chop(1);
        return m_out;
    }

private:
    int trailingNewlines() const
    {
        int n = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == u'\n'; --i)
            ++n;
        return n;
    }

    void flushBreaks()
    {
        if (m_breaks > 0 && !m_out.isEmpty()) {
            for (int n = trailingNewlines(); n < m_breaks; ++n)
                m_out += u'\n';
        }
        m_breaks = 0;
    }

    void put(QChar c)
    {
        if (m_breaks > 0) {
            flushBreaks();
            m_space = false;
        } else if (m_space) {
            m_out += u' ';
            m_space = false;
        }
        m_out += c;
    }

    QString m_out;
    int m_breaks = 0;
    bool m_space = false;
};

struct OpenLink
{
    qsizetype start = 0;
    QString href;
    bool showHref = false;
};

class Converter
{
public:
    QString run(xmlNode *root)
    {
        // Iterative walk: the tree comes from a stranger, so the C++ stack must not follow its depth.
        xmlNode *node = root;
        while (node) {
            if (enter(node) && node->children) {
                node = node->children;
                continue;
            }
            while (node) {
                if (node->type == XML_ELEMENT_NODE && !isSkipped(node))
                    leave(node);
                if (node == root) {
                    node = nullptr;
                    break;
                }
                if (node->next) {
                    node = node->next;
                    break;
                }
                node = node->parent;
            }
        }
        return m_writer.finish();
    }

private:
    // Whether to descend into the node's children.
    bool enter(xmlNode *node)
    {
        if (node->type == XML_TEXT_NODE) {
            m_writer.text(fromXml(node->content), m_preDepth > 0);
            return false;
        }
        if (node->type != XML_ELEMENT_NODE || isSkipped(node))
            return false;
        if (nameIs(node, "br")) {
            m_writer.lineBreak();
            return false;
        }
        if (const int level = blockLevel(node))
            m_writer.block(level);
        if (nameIs(node, "pre"))
            ++m_preDepth;
        else if (nameIs(node, "ul") || nameIs(node, "ol"))
            m_lists.append(nameIs(node, "ol") ? 1 : 0);
        else if (nameIs(node, "li"))
            listItem();
        else if (nameIs(node, "td") || nameIs(node, "th"))
            m_writer.text(QStringLiteral(" "), false);
        else if (nameIs(node, "a"))
            m_links.append(openLink(node));
        return true;
    }

    void leave(xmlNode *node)
    {
        if (const int level = blockLevel(node))
            m_writer.block(level);
        if (nameIs(node, "pre"))
            --m_preDepth;
        else if ((nameIs(node, "ul") || nameIs(node, "ol")) && !m_lists.isEmpty())
            m_lists.removeLast();
        else if (nameIs(node, "a") && !m_links.isEmpty())
            closeLink(m_links.takeLast());
    }

    void listItem()
    {
        if (!m_lists.isEmpty() && m_lists.last() > 0)
            m_writer.text(QString::number(m_lists.last()++) + QStringLiteral(". "), false);
        else
            m_writer.text(QStringLiteral("• "), false);
    }

    OpenLink openLink(const xmlNode *node)
    {
        OpenLink link;
        link.start = m_writer.position();
        link.href = attribute(node, "href").trimmed();
        const QString lower = link.href.toLower();
        const bool web =
            lower.startsWith(QLatin1String("https://")) || lower.startsWith(QLatin1String("http://"));
        // Mastodon marks mentions "u-url mention" and hashtags "mention hashtag" (rel="tag" elsewhere):
        // "@kari" and "#vei" say all a reader needs.
        const QStringList classes = attribute(node, "class").split(u' ', Qt::SkipEmptyParts);
        const bool tagOrMention = classes.contains(QLatin1String("mention")) ||
                                  classes.contains(QLatin1String("hashtag")) ||
                                  attribute(node, "rel").split(u' ').contains(QLatin1String("tag"));
        link.showHref = web && !tagOrMention;
        return link;
    }

    void closeLink(const OpenLink &link)
    {
        const QString shown = m_writer.since(link.start).trimmed();
        if (!link.showHref || shown.isEmpty() || comparableAddress(shown) == comparableAddress(link.href))
            return;
        m_writer.text(QStringLiteral(" (") + link.href + u')', false);
    }

    Writer m_writer;
    int m_preDepth = 0;
    QList<int> m_lists; // per open list: next number (ol) or 0 (ul)
    QList<OpenLink> m_links;
};

} // namespace

QString toPlainText(const QString &html)
{
    // libxml2 wants its globals set up once before threads parse; a function-local static is
    // initialised exactly once even when two threads arrive together.
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);

    if (html.trimmed().isEmpty())
        return {};
    QByteArray utf8 = html.toUtf8();                 // unpaired surrogates become U+FFFD here
    utf8.removeIf([](char c) { return c == '\0'; }); // libxml2 would read NUL as a space
    if (utf8.size() > maxInputBytes) {
        qsizetype cut = maxInputBytes;
        while (cut > 0 && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        utf8.truncate(cut);
    }
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    if (!doc)
        return {};
    xmlNode *root = xmlDocGetRootElement(doc.get());
    if (!root)
        return {};
    return Converter().run(root);
}

} // namespace Torget::HtmlText
