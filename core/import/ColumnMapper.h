// ColumnMapper: proposes the canonical field of each column from its header, in English,
// Simplified and Traditional Chinese, and from the headers of common exports (Shopify and
// WooCommerce orders, Mailchimp audiences, HubSpot contacts, Salesforce contact reports,
// Chinese member and order exports). The user can change every proposal.
#pragma once

#include "ImportKind.h"

#include <QList>
#include <QStringList>

namespace mwb {

class ColumnMapper
{
public:
    // One field per header. Unknown headers become Custom for contacts (kept as
    // attributes) and Ignore otherwise; a field is proposed for one column only.
    static QList<ImportField> propose(ImportKind kind, const QStringList &headers);
    static ImportField fieldForHeader(ImportKind kind, const QString &header);
    // The header as compared: lower case, without spaces, underscores and punctuation.
    static QString normalizedHeader(const QString &header);
};

} // namespace mwb
