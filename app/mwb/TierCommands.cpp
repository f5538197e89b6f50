// `mwb tiers`: the members by tier on a day, the moves between tiers from one day to
// another, and the tier rules (membership/; docs/MEMBERSHIP.md).
#include "Cli.h"
#include "CliCommands.h"
#include "WorkspaceAccess.h"
#include "membership/MemberTiers.h"
#include "membership/TierRules.h"
#include "lifecycle/Lifecycle.h"
#include "store/InputFile.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"

#include <SQLiteCpp/Transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mwb::cli {

namespace {

constexpr qint64 kMaxRulesBytes = 1 << 20;

// The line and column (from 1) of a byte offset in `bytes`.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            ++column; // a character, not a continuation byte of UTF-8
        }
    }
    return {line, column};
}

// The rules in FILE, or nothing after reporting why (exit 2).
std::optional<TierRules> readRules(Cli &cli, const QString &file)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (const QString problem = InputFile::problem(file); !problem.isEmpty()) {
        cli.fail(ExitData, u"Cannot read the tier rules: %1"_s.arg(problem));
        return std::nullopt;
    }
    if (QFileInfo(file).size() > kMaxRulesBytes) {
        cli.fail(ExitData, u"Invalid tier rules in %1: rules hold at most 1 MB"_s.arg(shown));
        return std::nullopt;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        cli.fail(ExitData, u"Cannot read the tier rules %1: %2."_s.arg(shown, in.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = in.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        cli.fail(ExitData,
                 u"Invalid tier rules in %1, line %2, column %3: %4"_s.arg(shown).arg(line).arg(column).arg(
                     parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        cli.fail(ExitData, u"Invalid tier rules in %1: the rules are one JSON object"_s.arg(shown));
        return std::nullopt;
    }
    QString error;
    std::optional<TierRules> rules = TierRules::fromJson(document.object(), &error);
    if (!rules)
        cli.fail(ExitData, u"Invalid tier rules in %1: %2"_s.arg(shown, error));
    return rules;
}

QJsonValue tierName(const QString &name)
{
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
}

int tiers(const QStringList &arguments)
{
    Cli cli;
    QCommandLineParser parser;
    const QCommandLineOption asOf(u"as-of"_s, u"The members by tier on this day (default: the data's last)."_s,
                                  u"DATE"_s);
    const QCommandLineOption migration(u"migration"_s, u"The moves between tiers from --from to --to."_s);
    const QCommandLineOption from(u"from"_s, u"First day of the migration."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Last day of the migration (default: the data's last)."_s, u"DATE"_s);
    const QCommandLineOption rulesFile(u"rules"_s, u"Sets the tier rules from a JSON file and recomputes."_s,
                                       u"FILE.json"_s);
    const QCommandLineOption clear(u"clear-rules"_s, u"Removes the rules: imported tiers stand again."_s);
    parser.addOptions({asOf, migration, from, to, rulesFile, clear});
    if (!cli.parse(parser, u"tiers"_s, arguments, 1, u"WS"_s))
        return cli.exitCode();
    const auto day = dateOption(cli, parser, asOf);
    const auto first = day ? dateOption(cli, parser, from) : std::nullopt;
    const auto last = first ? dateOption(cli, parser, to) : std::nullopt;
    if (!last)
        return cli.exitCode();
    if (parser.isSet(migration) && !first->isValid())
        return cli.usage(u"--migration needs --from DATE"_s);
    if (parser.isSet(rulesFile) && parser.isSet(clear))
        return cli.usage(u"--rules and --clear-rules cannot go together"_s);
    std::optional<TierRules> newRules;
    if (parser.isSet(rulesFile)) {
        newRules = readRules(cli, parser.value(rulesFile));
        if (!newRules)
            return cli.exitCode();
    }
    const bool changing = newRules.has_value() || parser.isSet(clear);
    auto ws = WorkspaceAccess::open(cli, parser.positionalArguments().constFirst(),
                                    changing ? Purpose::Write : Purpose::Read, true);
    if (!ws)
        return cli.exitCode();
    SQLite::Database &db = ws->db();
    if (changing) {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (newRules) {
            if (const QString error = TierRules::save(db, *newRules); !error.isEmpty())
                return cli.fail(ExitData, error);
        } else {
            TierRules::clear(db);
        }
        transaction.commit();
    }
    if (!ws->readOnly())
        MemberTiers::ensureCurrent(db);
    const std::optional<TierRules> rules = TierRules::load(db);
    if (!rules) {
        return cli.succeed({{u"rules"_s, QJsonValue(QJsonValue::Null)}, {u"tiers"_s, QJsonArray{}}},
                           u"No tier rules: each customer's imported tier stands. Set rules with --rules FILE.json."_s);
    }
    const QDate end = Lifecycle::referenceDate(db);
    const QString currency = ws->currency();
    const QLocale c = QLocale::c();
    if (parser.isSet(migration)) {
        const QDate until = last->isValid() ? *last : end;
        if (until < *first)
            return cli.usage(u"--to is before --from"_s);
        const TierMigration m = MemberTiers::migration(db, *first, until);
        QJsonArray rows;
        QString text = u"Members by tier on %1 (rows) and on %2 (columns)\n%3"_s.arg(
            first->toString(Qt::ISODate), until.toString(Qt::ISODate), QString().leftJustified(18));
        for (const QString &tier : m.to)
            text += tier.left(10).rightJustified(11);
        for (qsizetype i = 0; i < m.from.size(); ++i) {
            QJsonArray counts;
            text += u'\n' + (m.from[i].isEmpty() ? u"(not yet known)"_s : m.from[i]).left(18).leftJustified(18);
            for (qsizetype j = 0; j < m.to.size(); ++j) {
                counts.append(m.counts[i][j]);
                text += c.toString(m.counts[i][j]).rightJustified(11);
            }
            rows.append(QJsonObject{{u"from"_s, tierName(m.from[i])}, {u"to"_s, counts}});
        }
        return cli.succeed({{u"from"_s, first->toString(Qt::ISODate)},
                            {u"to"_s, until.toString(Qt::ISODate)},
                            {u"tiers"_s, QJsonArray::fromStringList(m.to)},
                            {u"matrix"_s, rows}},
                           text);
    }
    const QDate on = day->isValid() ? *day : end;
    if (!on.isValid())
        return cli.succeed({{u"as_of"_s, QJsonValue(QJsonValue::Null)}, {u"tiers"_s, QJsonArray{}}},
                           u"The workspace holds no data yet."_s);
    QJsonArray list;
    const QString measure = rules->measure == TierMeasure::Points
        ? u"the points balance"_s
        : u"%1 in the last %2 days"_s.arg(TierRules::measureName(rules->measure)).arg(rules->windowDays);
    QString text =
        u"Members by tier on %1 (rules: %2, reviewed %3)\ntier                    "
        "members   revenue_365d"_s.arg(on.toString(Qt::ISODate), measure, TierRules::reviewName(rules->review));
    for (const TierCount &count : MemberTiers::distribution(db, on)) {
        list.append(QJsonObject{{u"tier"_s, count.tier},
                                {u"members"_s, count.members},
                                {u"revenue_365d"_s, majorUnits(count.revenue365Minor, currency)}});
        text += u"\n%1 %2 %3"_s.arg(count.tier.left(20), -20)
                    .arg(c.toString(count.members), 10)
                    .arg(c.toString(majorUnits(count.revenue365Minor, currency), 'f', 2), 14);
    }
    return cli.succeed({{u"as_of"_s, on.toString(Qt::ISODate)}, {u"rules"_s, rules->toJson()}, {u"tiers"_s, list}},
                       text);
}

} // namespace

int runTiers(const QStringList &arguments)
{
    return runGuarded(tiers, arguments);
}

} // namespace mwb::cli
