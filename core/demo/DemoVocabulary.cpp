#include "DemoVocabulary.h"

#include <array>

namespace mwb::demo {

namespace {

constexpr std::array<Romanised, 30> kChineseSurnames{{
    {"王", "wang"},  {"李", "li"},   {"张", "zhang"}, {"刘", "liu"},   {"陈", "chen"}, {"杨", "yang"},
    {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"},    {"周", "zhou"},  {"徐", "xu"},   {"孙", "sun"},
    {"马", "ma"},    {"朱", "zhu"},  {"胡", "hu"},    {"郭", "guo"},   {"何", "he"},   {"林", "lin"},
    {"高", "gao"},   {"罗", "luo"},  {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"},  {"宋", "song"},
    {"唐", "tang"},  {"许", "xu"},   {"韩", "han"},   {"冯", "feng"},  {"邓", "deng"}, {"曹", "cao"},
}};

constexpr std::array<Romanised, 40> kChineseGivenNames{{
    {"伟", "wei"},      {"芳", "fang"},      {"娜", "na"},         {"敏", "min"},        {"静", "jing"},
    {"丽", "li"},       {"强", "qiang"},     {"磊", "lei"},        {"洋", "yang"},       {"艳", "yan"},
    {"勇", "yong"},     {"军", "jun"},       {"杰", "jie"},        {"娟", "juan"},       {"涛", "tao"},
    {"明", "ming"},     {"超", "chao"},      {"秀英", "xiuying"},  {"霞", "xia"},        {"平", "ping"},
    {"刚", "gang"},     {"桂英", "guiying"}, {"欣怡", "xinyi"},    {"子涵", "zihan"},    {"浩宇", "haoyu"},
    {"梓轩", "zixuan"}, {"雨桐", "yutong"},  {"佳怡", "jiayi"},    {"晨曦", "chenxi"},   {"思远", "siyuan"},
    {"一诺", "yinuo"},  {"俊杰", "junjie"},  {"诗涵", "shihan"},   {"宇轩", "yuxuan"},   {"嘉怡", "jiayi"},
    {"文博", "wenbo"},  {"欣妍", "xinyan"},  {"志强", "zhiqiang"}, {"婷婷", "tingting"}, {"建华", "jianhua"},
}};

constexpr std::array<Romanised, 16> kFemale{{
    {"Olivia", "olivia"},
    {"Emma", "emma"},
    {"Amelia", "amelia"},
    {"Sophie", "sophie"},
    {"Grace", "grace"},
    {"Charlotte", "charlotte"},
    {"Emily", "emily"},
    {"Isla", "isla"},
    {"Hannah", "hannah"},
    {"Chloe", "chloe"},
    {"Lucy", "lucy"},
    {"Zoe", "zoe"},
    {"Mia", "mia"},
    {"Ella", "ella"},
    {"Laura", "laura"},
    {"Sarah", "sarah"},
}};

constexpr std::array<Romanised, 16> kMale{{
    {"Oliver", "oliver"},
    {"George", "george"},
    {"Harry", "harry"},
    {"Jack", "jack"},
    {"Noah", "noah"},
    {"Leo", "leo"},
    {"Thomas", "thomas"},
    {"James", "james"},
    {"William", "william"},
    {"Daniel", "daniel"},
    {"Samuel", "samuel"},
    {"Adam", "adam"},
    {"Lucas", "lucas"},
    {"Henry", "henry"},
    {"Ryan", "ryan"},
    {"David", "david"},
}};

constexpr std::array<Romanised, 24> kEnglishSurnames{{
    {"Smith", "smith"},       {"Jones", "jones"},    {"Taylor", "taylor"},     {"Brown", "brown"},
    {"Williams", "williams"}, {"Wilson", "wilson"},  {"Johnson", "johnson"},   {"Davies", "davies"},
    {"Robinson", "robinson"}, {"Wright", "wright"},  {"Thompson", "thompson"}, {"Evans", "evans"},
    {"Walker", "walker"},     {"White", "white"},    {"Roberts", "roberts"},   {"Green", "green"},
    {"Hall", "hall"},         {"Wood", "wood"},      {"Jackson", "jackson"},   {"Clarke", "clarke"},
    {"O'Brien", "obrien"},    {"Müller", "mueller"}, {"García", "garcia"},     {"Nguyen", "nguyen"},
}};

constexpr std::array<City, 16> kChineseCities{{
    {"上海", "上海", "CN", "200"},
    {"北京", "北京", "CN", "100"},
    {"广州", "广东", "CN", "510"},
    {"深圳", "广东", "CN", "518"},
    {"杭州", "浙江", "CN", "310"},
    {"成都", "四川", "CN", "610"},
    {"武汉", "湖北", "CN", "430"},
    {"南京", "江苏", "CN", "210"},
    {"苏州", "江苏", "CN", "215"},
    {"重庆", "重庆", "CN", "400"},
    {"西安", "陕西", "CN", "710"},
    {"天津", "天津", "CN", "300"},
    {"长沙", "湖南", "CN", "410"},
    {"厦门", "福建", "CN", "361"},
    {"香港", "香港", "HK", ""},
    {"台北", "台湾", "TW", "1"},
}};

constexpr std::array<City, 12> kEnglishCities{{
    {"London", "England", "GB", "SW1"},
    {"Manchester", "England", "GB", "M1"},
    {"Birmingham", "England", "GB", "B1"},
    {"Edinburgh", "Scotland", "GB", "EH1"},
    {"Bristol", "England", "GB", "BS1"},
    {"Leeds", "England", "GB", "LS1"},
    {"New York", "NY", "US", "100"},
    {"San Francisco", "CA", "US", "941"},
    {"Seattle", "WA", "US", "981"},
    {"Sydney", "NSW", "AU", "20"},
    {"Melbourne", "VIC", "AU", "30"},
    {"Singapore", "Singapore", "SG", "0"},
}};

// A tea shop's catalogue: teas and consumables run out and come back (contact-lens style
// reminders), teaware lasts, and some things go together in one basket.
constexpr std::array<Product, 30> kProducts{{
    {"T-JAS-250", "Jasmine green tea 250g", "Tea", "Lotus Hill", 68.0, 35, "C-FIL-100"},
    {"T-LJ-100", "Longjing tea, spring harvest 100g", "Tea", "West Lake", 188.0, 45, ""},
    {"T-OOL-S5", "Oolong sampler, 5 x 20g", "Tea", "Lotus Hill", 98.0, 30, ""},
    {"T-PUE-357", "普洱茶饼 357g", "Tea", "云南古树", 158.0, 90, "W-KNF-PU"},
    {"T-EG-200", "Earl Grey, loose leaf 200g", "Tea", "Harbour & Co", 72.0, 40, "C-FIL-100"},
    {"T-CHR-50", "Chrysanthemum tea 50g", "Tea", "云南古树", 35.0, 25, ""},
    {"T-MAT-30", "Ceremonial matcha 30g", "Tea", "Uji Garden", 128.0, 30, "W-WHK-SET"},
    {"T-WHT-GB", "白茶礼盒 Gift box", "Gifts", "福鼎白茶", 268.0, 0, ""},
    {"T-HON-GIN", "Honey & ginger infusion", "Tea", "Harbour & Co", 45.0, 28, ""},
    {"T-BRK-BAG", "English breakfast, 80 bags", "Tea", "Harbour & Co", 39.0, 21, ""},
    {"C-FIL-100", "Tea filter papers, 100", "Consumables", "Lotus Hill", 19.0, 30, ""},
    {"C-DSC-KET", "Kettle descaler, 6 sachets", "Consumables", "Harbour & Co", 29.0, 60, ""},
    {"C-CLN-TAB", "Teaware cleaning tablets, 30", "Consumables", "Lotus Hill", 25.0, 45, ""},
    {"C-CHR-COAL", "Charcoal for clay stove, 2 kg", "Consumables", "云南古树", 49.0, 60, ""},
    {"W-SET-6", "Porcelain tea set, 6 pieces", "Teaware", "Jingdezhen Studio", 399.0, 0, "C-CLN-TAB"},
    {"W-TUM-450", "Travel tumbler, 450 ml", "Teaware", "Lotus Hill", 129.0, 0, "T-BRK-BAG"},
    {"W-GLS-600", "Glass teapot 600 ml", "Teaware", "Harbour & Co", 149.0, 0, "T-JAS-250"},
    {"W-WHK-SET", "Matcha whisk set", "Teaware", "Uji Garden", 89.0, 0, "T-MAT-30"},
    {"W-CB-BTL", "Cold brew bottle", "Teaware", "Lotus Hill", 79.0, 0, "T-OOL-S5"},
    {"W-PET-CER", "茶宠 Tea pet, ceramic", "Teaware", "Jingdezhen Studio", 59.0, 0, ""},
    {"W-TRAY-BB", "Bamboo tea tray", "Teaware", "Jingdezhen Studio", 319.0, 0, "W-PET-CER"},
    {"W-KET-IRN", "Iron kettle 1.2 L", "Teaware", "Iwachu", 688.0, 0, "C-DSC-KET"},
    {"W-KNF-PU", "Pu-erh knife", "Teaware", "云南古树", 39.0, 0, ""},
    {"W-GWN-YX", "Yixing clay teapot", "Teaware", "Jingdezhen Studio", 459.0, 0, "C-CLN-TAB"},
    {"G-ADV-24", "Tea advent calendar", "Gifts", "Harbour & Co", 229.0, 0, ""},
    {"G-CLUB-Y", "Annual tea club membership", "Gifts", "Lotus Hill", 999.0, 0, ""},
    {"G-CARD-200", "Gift card 200", "Gifts", "Lotus Hill", 200.0, 0, ""},
    {"G-MOON-TEA", "Mid-autumn tea & mooncake box", "Gifts", "West Lake", 328.0, 0, ""},
    {"T-ROS-80", "Rose bud tea 80g", "Tea", "云南古树", 42.0, 30, ""},
    {"T-GAB-100", "GABA oolong 100g", "Tea", "Uji Garden", 115.0, 40, ""},
}};

constexpr std::array<const char *, 4> kDomainsChina{{"example.cn", "mail.example.cn", "example.com", "example.com.cn"}};
constexpr std::array<const char *, 4> kDomainsEnglish{{"example.com", "example.co.uk", "example.net", "example.org"}};

} // namespace

std::span<const Romanised> chineseSurnames()
{
    return kChineseSurnames;
}
std::span<const Romanised> chineseGivenNames()
{
    return kChineseGivenNames;
}
std::span<const Romanised> englishFirstNamesFemale()
{
    return kFemale;
}
std::span<const Romanised> englishFirstNamesMale()
{
    return kMale;
}
std::span<const Romanised> englishSurnames()
{
    return kEnglishSurnames;
}
std::span<const City> chineseCities()
{
    return kChineseCities;
}
std::span<const City> englishCities()
{
    return kEnglishCities;
}
std::span<const Product> products()
{
    return kProducts;
}
std::span<const char *const> mailDomainsChina()
{
    return kDomainsChina;
}
std::span<const char *const> mailDomainsEnglish()
{
    return kDomainsEnglish;
}

} // namespace mwb::demo
