#include "SegmentInput.h"

#include "store/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

// Errors are one line on stderr, whatever the core's message holds.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text.trimmed();
}

} // namespace

std::unique_ptr<Workspace> SegmentInput::openWorkspace(Cli &cli, const QString &path, Purpose purpose)
{
    return WorkspaceAccess::open(cli, path, purpose, true);
}

int SegmentInput::failDefinition(Cli &cli, const QString &source, const QString &error)
{
    return cli.fail(ExitData, u"Invalid segment definition in %1: %2"_s.arg(source, oneLine(error)));
}

QString SegmentInput::savedSource(const QString &name)
{
    return u"segment '%1'"_s.arg(name);
}

std::optional<DefinitionFile> SegmentInput::readFile(Cli &cli, const QString &file)
{
    if (const QString problem = InputFile::problem(file); !problem.isEmpty()) {
        cli.fail(ExitData, u"Cannot read the segment definition: %1"_s.arg(problem));
        return std::nullopt;
    }
    if (QFileInfo(file).size() > SegmentDefinition::kMaxBytes) {
        failDefinition(
            cli, QDir::toNativeSeparators(file),
            u"a definition holds at most %1 MB; this file has %2 MB"_s.arg(SegmentDefinition::kMaxBytes >> 20)
                .arg(static_cast<double>(QFileInfo(file).size()) / (1 << 20), 0, 'f', 1));
        return std::nullopt;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        cli.fail(ExitData,
                 u"Cannot read the segment definition %1: %2."_s.arg(QDir::toNativeSeparators(file), in.errorString()));
        return std::nullopt;
    }
    const QByteArray text = in.readAll();
    const SegmentParse parsed = SegmentDefinition::fromText(text);
    if (!parsed.ok()) {
        failDefinition(cli, QDir::toNativeSeparators(file), parsed.error);
        return std::nullopt;
    }
    return DefinitionFile{parsed.node, QJsonDocument::fromJson(text).object()};
}

bool SegmentInput::optionalSaved(Cli &cli, Workspace &ws, const QCommandLineParser &parser,
                                 const QCommandLineOption &option, std::optional<SegmentNode> *node)
{
    if (!parser.isSet(option))
        return true;
    const auto saved = findSaved(cli, ws, parser.value(option));
    if (!saved)
        return false;
    *node = saved->node;
    return true;
}

std::optional<NamedSegment> SegmentInput::findSaved(Cli &cli, Workspace &ws, const QString &name)
{
    auto saved = SegmentStore::findByName(ws.db(), name);
    if (!saved) {
        cli.fail(ExitData, u"No segment named '%1' in %2."_s.arg(name, QFileInfo(ws.path()).fileName()));
        return std::nullopt;
    }
    const SegmentParse parsed = SegmentDefinition::fromJson(saved->definition);
    if (!parsed.ok()) {
        failDefinition(cli, savedSource(name), parsed.error);
        return std::nullopt;
    }
    return NamedSegment{*saved, parsed.node};
}

} // namespace mwb::cli
