// `mwb customers`, `mwb customer …` and `mwb journeys` as scripts use them: the list
// agrees with the workspace, a profile's timeline holds every order and event, tags and a
// merge change what they say, and the paths add up to the customers with a journey.
#include "TestCli.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace clitest;

void TestCli::customersAndJourneys()
{
    const QString ws = path(u"people.mwb"_s);
    QCOMPARE(runMwb({u"demo"_s, ws, u"--customers"_s, u"1200"_s}).exitCode, 0);

    const Run all =
        runMwb({u"customers"_s, ws, u"--sort"_s, u"revenue"_s, u"--desc"_s, u"--limit"_s, u"5"_s, u"--json"_s});
    QCOMPARE(all.exitCode, 0);
    QJsonObject list;
    QVERIFY2(isOneJsonObject(all.out, &list), all.out.constData());
    QCOMPARE(list.value(u"count"_s).toInteger(), sqlCount(ws, "SELECT count(*) FROM customers"));
    const QJsonArray top = list.value(u"customers"_s).toArray();
    QCOMPARE(top.size(), 5);
    QCOMPARE(top[0][u"revenue"_s].toDouble() * 100,
             double(sqlCount(ws, "SELECT max(revenue_minor) FROM customer_metrics")));
    QVERIFY(top[0][u"revenue"_s].toDouble() >= top[4][u"revenue"_s].toDouble());

    // Quick search by a customer's e-mail: that customer is in the list.
    const qint64 id = sqlCount(ws, "SELECT id FROM customers WHERE email IS NOT NULL ORDER BY id LIMIT 1 OFFSET 7");
    const QString email = QString::fromUtf8(runMwb({u"customer"_s, u"show"_s, ws, QString::number(id), u"--json"_s})
                                                .json()
                                                .value(u"email"_s)
                                                .toString()
                                                .toUtf8());
    QVERIFY(!email.isEmpty());
    const Run search = runMwb({u"customers"_s, ws, u"--search"_s, email, u"--json"_s});
    QCOMPARE(search.json().value(u"customers"_s).toArray().first()[u"id"_s].toInteger(), id);

    const Run timeline = runMwb({u"customer"_s, u"timeline"_s, ws, QString::number(id), u"--json"_s});
    QCOMPARE(timeline.exitCode, 0);
    const QJsonArray items = timeline.json().value(u"items"_s).toArray();
    const std::string where = " WHERE customer_id = " + std::to_string(id);
    QCOMPARE(qint64(items.size()),
             sqlCount(ws, ("SELECT count(*) FROM events" + where).c_str())
                 + sqlCount(ws, ("SELECT count(*) FROM transactions" + where).c_str()));
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items[i - 1][u"at"_s].toString() <= items[i][u"at"_s].toString());
    QVERIFY(items.isEmpty() || items.first()[u"at"_s].toString().endsWith(u'Z'));

    QCOMPARE(runMwb({u"customer"_s, u"tag"_s, ws, QString::number(id), u"常客"_s, u"--json"_s})
                 .json()
                 .value(u"tags"_s)
                 .toArray(),
             QJsonArray{u"常客"_s});
    QCOMPARE(runMwb({u"customer"_s, u"untag"_s, ws, QString::number(id), u"常客"_s}).exitCode, 0);
    QCOMPARE(runMwb({u"customer"_s, u"untag"_s, ws, QString::number(id), u"常客"_s}).exitCode, 2);

    const qint64 other = id + 1;
    const qint64 orders = sqlCount(ws,
                                   ("SELECT count(*) FROM transactions WHERE customer_id IN (" + std::to_string(id)
                                    + "," + std::to_string(other) + ")")
                                       .c_str());
    const Run merged =
        runMwb({u"customer"_s, u"merge"_s, ws, QString::number(id), QString::number(other), u"--json"_s});
    QCOMPARE(merged.exitCode, 0);
    QCOMPARE(sqlCount(ws, ("SELECT count(*) FROM transactions" + where).c_str()), orders);
    QCOMPARE(runMwb({u"customer"_s, u"show"_s, ws, QString::number(other)}).exitCode, 2);
    QCOMPARE(sqlCount(ws, "SELECT count(*) FROM customer_merges"), 1);

    const Run journeys = runMwb({u"journeys"_s, ws, u"--top"_s, u"10"_s, u"--json"_s});
    QCOMPARE(journeys.exitCode, 0);
    QJsonObject j;
    QVERIFY2(isOneJsonObject(journeys.out, &j), journeys.out.constData());
    qint64 listed = j.value(u"other"_s)[u"customers"_s].toInteger();
    for (const QJsonValue &p : j.value(u"paths"_s).toArray())
        listed += p[u"customers"_s].toInteger();
    QCOMPARE(listed, j.value(u"customers"_s).toInteger());
    QCOMPARE(j.value(u"converters"_s).toInteger(),
             sqlCount(ws, "SELECT count(*) FROM customer_metrics WHERE orders > 0"));
    double lastTouch = 0;
    for (const QJsonValue &c : j.value(u"attribution"_s).toArray())
        lastTouch += c[u"last_touch"_s].toDouble();
    QVERIFY(std::abs(lastTouch - j.value(u"first_purchase_revenue"_s).toDouble()) < 0.01);

    QCOMPARE(runMwb({u"customer"_s, u"show"_s, ws, u"abc"_s}).exitCode, 1);
    QCOMPARE(runMwb({u"customers"_s, ws, u"--sort"_s, u"shoe_size"_s}).exitCode, 1);
    QCOMPARE(runMwb({u"journeys"_s, ws, u"--from"_s, u"yesterday"_s}).exitCode, 1);
    QCOMPARE(runMwb({u"customer"_s, u"merge"_s, ws, QString::number(id), QString::number(id)}).exitCode, 2);
}
