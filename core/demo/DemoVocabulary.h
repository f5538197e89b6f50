// DemoVocabulary: the names, places and products the demo data set draws from, so the
// synthetic brand looks like a real omnichannel retailer in China and abroad.
#pragma once

#include <span>

namespace mwb::demo {

struct Romanised
{
    const char *text;  // as written (Han characters for Chinese names)
    const char *latin; // pinyin or the English spelling, used in e-mail addresses
};

struct City
{
    const char *name;
    const char *region;
    const char *country;  // ISO 3166 alpha-2
    const char *postcode; // the city's postcode prefix; empty where there are none (Hong Kong)
};

struct Product
{
    const char *code; // the SKU
    const char *name;
    const char *category;
    const char *brand;
    double price;              // list price in major units
    int refillDays = 0;        // a consumable: bought again about this often; 0 for goods that last
    const char *goesWith = ""; // the SKU often bought in the same order
};

std::span<const Romanised> chineseSurnames();
std::span<const Romanised> chineseGivenNames(); // one or two characters each
std::span<const Romanised> englishFirstNamesFemale();
std::span<const Romanised> englishFirstNamesMale();
std::span<const Romanised> englishSurnames();
std::span<const City> chineseCities();
std::span<const City> englishCities();
std::span<const Product> products();
std::span<const char *const> mailDomainsChina();
std::span<const char *const> mailDomainsEnglish();

} // namespace mwb::demo
