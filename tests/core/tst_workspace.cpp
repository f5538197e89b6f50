// The workspace file: creating, reopening, refusing what is not ours or is newer,
// damaged files, and migrations that keep data and leave a backup.
#include "store/Schema.h"
#include "store/Workspace.h"

#include "demo/DemoGenerator.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mwb;

Q_DECLARE_METATYPE(mwb::StoreError::Code)

namespace {

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

int pragma(const QString &path, const char *sql)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt();
}

const Migration kFirst{1, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT NOT NULL);"};
const Migration kSecond{2, "ALTER TABLE notes ADD COLUMN author TEXT; CREATE TABLE tags(name TEXT);"};
const Migration kBroken{2, "ALTER TABLE notes ADD COLUMN author TEXT; CREATE TABLE oops(;"};

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsAWorkspace();
    void refusesToOverwrite();
    void reopens();
    void refusesWhatIsNotAWorkspace_data();
    void refusesWhatIsNotAWorkspace();
    void refusesANewerWorkspace();
    void refusesATruncatedWorkspace();
    void migratesAfterABackup();
    void failedMigrationChangesNothing();
    void settingsDefaultFromTheLocale();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspace::createsAWorkspace()
{
    const QString file = path(u"new.mwb"_s);
    auto created = Workspace::create(file, {u"gb"_s, u"gbp"_s});
    QVERIFY2(created.workspace, qPrintable(created.error.message));
    Workspace &ws = *created.workspace;
    QCOMPARE(ws.schemaVersion(), currentSchemaVersion());
    QCOMPARE(ws.region(), u"GB"_s);
    QCOMPARE(ws.currency(), u"GBP"_s);
    QCOMPARE(ws.displayName(), u"new"_s);
    QCOMPARE(ws.db().execAndGet("PRAGMA foreign_keys").getInt(), 1);
    created.workspace.reset();
    QCOMPARE(pragma(file, "PRAGMA user_version"), currentSchemaVersion());
    QCOMPARE(pragma(file, "PRAGMA application_id"), kApplicationId);
    SQLite::Database db(file.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(QString::fromStdString(db.execAndGet("PRAGMA journal_mode").getString()), u"wal"_s);
    for (const char *table : {"customers", "identities", "transactions", "events", "campaigns", "campaign_members",
                              "segments", "imports", "import_rejects", "customer_metrics", "settings"})
        QVERIFY2(db.tableExists(table), table);
}

void TestWorkspace::refusesToOverwrite()
{
    const QString file = path(u"existing.mwb"_s);
    writeBytes(file, "precious");
    const auto created = Workspace::create(file);
    QVERIFY(!created.workspace);
    QCOMPARE(created.error.code, StoreError::Code::AlreadyExists);
    QVERIFY(created.error.message.contains(file));
    QCOMPARE(bytes(file), QByteArray("precious"));
}

void TestWorkspace::reopens()
{
    const QString file = path(u"again.mwb"_s);
    {
        auto created = Workspace::create(file, {u"CN"_s, u"CNY"_s});
        QVERIFY(created.workspace);
        created.workspace->db().exec("INSERT INTO customers(external_id, name) VALUES ('M1', '王伟')");
    }
    auto opened = Workspace::open(file);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    QCOMPARE(opened.workspace->currency(), u"CNY"_s);
    QCOMPARE(QString::fromStdString(opened.workspace->db().execAndGet("SELECT name FROM customers").getString()),
             u"王伟"_s);
    QVERIFY(!Workspace::open(path(u"missing.mwb"_s)).workspace);
    QCOMPARE(Workspace::open(path(u"missing.mwb"_s)).error.code, StoreError::Code::NotFound);
}

void TestWorkspace::refusesWhatIsNotAWorkspace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("customer_id,email\n1,a@example.com\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray(8192, '\xA5');
    QTest::newRow("sqlite header, garbage after") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x7f');
}

void TestWorkspace::refusesWhatIsNotAWorkspace()
{
    QFETCH(QByteArray, content);
    const QString file = path(u"foreign.mwb"_s);
    writeBytes(file, content);
    const auto opened = Workspace::open(file);
    QVERIFY(!opened.workspace);
    QVERIFY2(opened.error.code == StoreError::Code::NotAWorkspace || opened.error.code == StoreError::Code::Corrupt,
             qPrintable(opened.error.message));
    QVERIFY(opened.error.message.contains(u"foreign.mwb"_s));
    QCOMPARE(bytes(file), content);
}

void TestWorkspace::refusesANewerWorkspace()
{
    const QString other = path(u"other-program.db"_s);
    {
        SQLite::Database db(other.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE things(x); INSERT INTO things VALUES (1);");
    }
    const QByteArray before = bytes(other);
    QCOMPARE(Workspace::open(other).error.code, StoreError::Code::NotAWorkspace);
    QCOMPARE(bytes(other), before);

    const QString file = path(u"future.mwb"_s);
    QVERIFY(Workspace::create(file).workspace);
    {
        SQLite::Database db(file.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    }
    const QByteArray untouched = bytes(file);
    const auto opened = Workspace::open(file);
    QVERIFY(!opened.workspace);
    QCOMPARE(opened.error.code, StoreError::Code::NewerVersion);
    QVERIFY(opened.error.message.contains(u"newer"_s));
    QCOMPARE(bytes(file), untouched);
}

void TestWorkspace::refusesATruncatedWorkspace()
{
    const QString file = path(u"cut.mwb"_s);
    DemoOptions options;
    options.customers = 2000;
    QVERIFY(DemoGenerator::create(file, options).error.ok());
    QFile cut(file);
    QVERIFY(cut.resize(cut.size() / 2));
    const auto opened = Workspace::open(file);
    QVERIFY(!opened.workspace);
    QCOMPARE(opened.error.code, StoreError::Code::Corrupt);
    QVERIFY(opened.error.message.contains(u"cut.mwb"_s));
}

void TestWorkspace::migratesAfterABackup()
{
    const QString file = path(u"old.mwb"_s);
    {
        const Migration first[] = {kFirst};
        auto created = Workspace::create(file, {}, first);
        QVERIFY(created.workspace);
        created.workspace->db().exec("INSERT INTO notes(text) VALUES ('keep me')");
    }
    const Migration both[] = {kFirst, kSecond};
    auto opened = Workspace::open(file, Workspace::Access::ReadWrite, both);
    QVERIFY2(opened.workspace, qPrintable(opened.error.message));
    QCOMPARE(opened.workspace->schemaVersion(), 2);
    SQLite::Database &db = opened.workspace->db();
    QCOMPARE(QString::fromStdString(db.execAndGet("SELECT text FROM notes").getString()), u"keep me"_s);
    QVERIFY(db.tableExists("tags"));
    opened.workspace.reset();

    const QString backup = Workspace::backupPath(file, 1);
    QVERIFY(QFile::exists(backup));
    QCOMPARE(pragma(backup, "PRAGMA user_version"), 1);
    SQLite::Database copy(backup.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(QString::fromStdString(copy.execAndGet("SELECT text FROM notes").getString()), u"keep me"_s);
    QVERIFY(!copy.tableExists("tags"));
}

void TestWorkspace::failedMigrationChangesNothing()
{
    const QString file = path(u"old.mwb"_s);
    {
        const Migration first[] = {kFirst};
        auto created = Workspace::create(file, {}, first);
        QVERIFY(created.workspace);
        created.workspace->db().exec("INSERT INTO notes(text) VALUES ('keep me')");
    }
    const Migration broken[] = {kFirst, kBroken};
    const auto opened = Workspace::open(file, Workspace::Access::ReadWrite, broken);
    QVERIFY(!opened.workspace);
    QCOMPARE(opened.error.code, StoreError::Code::MigrationFailed);
    QVERIFY(opened.error.message.contains(u"unchanged"_s));
    QCOMPARE(pragma(file, "PRAGMA user_version"), 1);
    SQLite::Database db(file.toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(db.execAndGet("SELECT count(*) FROM pragma_table_info('notes')").getInt(), 2); // no author column
    QCOMPARE(QString::fromStdString(db.execAndGet("SELECT text FROM notes").getString()), u"keep me"_s);
}

void TestWorkspace::settingsDefaultFromTheLocale()
{
    const QLocale saved = QLocale();
    const QString region = defaultRegion();
    const QString currency = defaultCurrency();
    QCOMPARE(region.size(), 2);
    QCOMPARE(currency.size(), 3);
    auto created = Workspace::create(path(u"defaults.mwb"_s));
    QVERIFY(created.workspace);
    QCOMPARE(created.workspace->region(), region);
    QCOMPARE(created.workspace->currency(), currency);
    QCOMPARE(minorUnitsPerMajor(u"JPY"_s), 1);
    QCOMPARE(minorUnitsPerMajor(u"CNY"_s), 100);
    QCOMPARE(QLocale(), saved);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
