// Fuzz target: segment definitions as JSON text. A definition that parses validates,
// describes itself, survives the round trip through its JSON form unchanged, and compiles
// to SQL whose every value is a bound parameter (the text holds no quote the input brought).
#include "FuzzCheck.h"
#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"
#include "store/Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

mwb::Workspace *workspace()
{
    // One empty workspace for the whole run, for the compiler's lookups (campaign names).
    static std::unique_ptr<mwb::Workspace> ws = [] {
        const QString path =
            QDir::temp().filePath(u"mwb-fuzz-segment-%1.mwb"_s.arg(QCoreApplication::applicationPid()));
        QFile::remove(path);
        auto created = mwb::Workspace::create(path, {u"CN"_s, u"CNY"_s});
        FUZZ_CHECK(created.workspace != nullptr);
        std::atexit([] {
            QFile::remove(QDir::temp().filePath(u"mwb-fuzz-segment-%1.mwb"_s.arg(QCoreApplication::applicationPid())));
        });
        return std::move(created.workspace);
    }();
    return ws.get();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const mwb::SegmentParse parse = mwb::SegmentDefinition::fromText(text);
    if (!parse.ok()) {
        FUZZ_CHECK(!parse.error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(mwb::SegmentDefinition::validate(parse.node).isEmpty());
    (void)mwb::SegmentDefinition::describe(parse.node);
    const mwb::SegmentParse again = mwb::SegmentDefinition::fromJson(parse.node.toJson());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.node == parse.node);

    SQLite::Database &db = workspace()->db();
    mwb::SegmentContext context;
    context.referenceDay = 20000;
    context.minorPerMajor = 100;
    context.region = u"CN"_s;
    const mwb::CompiledSegment compiled = mwb::SegmentQuery::compile(db, parse.node, context);
    if (compiled.ok()) {
        // Values are parameters: the only quotes in the SQL are the compiler's own ''.
        std::string stripped = compiled.where;
        for (std::size_t at; (at = stripped.find("''")) != std::string::npos;)
            stripped.erase(at, 2);
        for (std::size_t at; (at = stripped.find("'\\'")) != std::string::npos;)
            stripped.erase(at, 3);
        FUZZ_CHECK(stripped.find('\'') == std::string::npos);
        mwb::SegmentQuery::count(db, parse.node); // and it runs
    }
    return 0;
}
