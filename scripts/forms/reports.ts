// The keyed reports the forms are made for: key id → the original file (relative to test/fixtures/).

export const REPORTS: Record<string, string> = {
  'seed-000': 'seeds/000_87410cd3979e9921.txt',
  'seed-003': 'seeds/003_8ef98a67e9da6293.txt',
  'pingtan-2011': 'corpus/2011_pingtan_county.txt',
  'pingtan-2012': 'corpus/2012_pingtan_county.html',
  'pingtan-2013': 'corpus/2013_pingtan_county.html',
  'pingtan-2014': 'corpus/2014_pingtan_zonghe_shiyanqu.txt',
  'pingtan-2016': 'corpus/2016_pingtan_zonghe_shiyanqu.txt',
  'pingtan-2018': 'corpus/2018_pingtan_zonghe_shiyanqu.txt',
  'pingtan-2019': 'corpus/2019_pingtan_zonghe_shiyanqu.txt',
  'pingtan-2021': 'corpus/2021_pingtan_zonghe_shiyanqu.txt',
  'pingtan-2023': 'corpus/2023_pingtan_zonghe_shiyanqu.txt',
  'pingtan-2025': 'corpus/2025_pingtan_zonghe_shiyanqu.txt',
  'huaian-2024': 'corpus/2024_huaian_city.pdf',
  'hongze-2023': 'corpus/2023_huaian_hongze_district.pdf',
};

