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

constexpr std::array<Product, 18> kProducts{{
    {"Jasmine green tea 250g", 68.0},
    {"Longjing tea, spring harvest 100g", 188.0},
    {"Porcelain tea set, 6 pieces", 399.0},
    {"Travel tumbler, 450 ml", 129.0},
    {"白茶礼盒 Gift box", 268.0},
    {"普洱茶饼 357g", 158.0},
    {"Oolong sampler, 5 x 20g", 98.0},
    {"Glass teapot 600 ml", 149.0},
    {"Matcha whisk set", 89.0},
    {"Cold brew bottle", 79.0},
    {"Tea advent calendar", 229.0},
    {"Honey & ginger infusion", 45.0},
    {"Earl Grey, loose leaf 200g", 72.0},
    {"茶宠 Tea pet, ceramic", 59.0},
    {"Bamboo tea tray", 319.0},
    {"Annual tea club membership", 999.0},
    {"Iron kettle 1.2 L", 688.0},
    {"Chrysanthemum tea 50g", 35.0},
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
