// For the window tests: saves a segment through the session's SegmentService, as the
// pages do, and waits for the worker's answer.
#pragma once

#include "segments/SegmentService.h"

#include <QJsonObject>
#include <QString>
#include <QTest>

#include <memory>
#include <optional>

namespace mwb::ui {

inline SegmentSaveResult saveSegmentAndWait(SegmentService *service, const QString &name, const QJsonObject &definition)
{
    auto answer = std::make_shared<std::optional<SegmentSaveResult>>();
    service->save(name, definition, nullptr, [answer](const SegmentSaveResult &result) { *answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 20000)) {
        SegmentSaveResult none;
        none.error = QStringLiteral("no answer from the segment service");
        return none;
    }
    return **answer;
}

} // namespace mwb::ui
