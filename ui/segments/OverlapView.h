// OverlapView: a Venn drawing of two or three segments, with the customers in each
// region (only in one, in two of them, in all three) written where the circles overlap.
#pragma once

#include "segments/SegmentQuery.h"

#include <QWidget>

namespace mwb::ui {

class OverlapView : public QWidget
{
    Q_OBJECT

public:
    explicit OverlapView(QWidget *parent = nullptr);

    // `names`: the two or three segments, in the order of the overlap's bits.
    void setOverlap(const QStringList &names, const SegmentOverlap &overlap);
    void clear(const QString &message);
    const SegmentOverlap &overlap() const { return m_overlap; }

    static QColor color(int segment);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    SegmentOverlap m_overlap;
    QString m_message;
};

} // namespace mwb::ui
