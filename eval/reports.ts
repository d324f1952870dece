// The keyed reports: which file is the original of each, and which other committed files are the same
// report in another form. draftKey.ts reads this list; run.ts reads the keys themselves.

export interface ReportEntry {
  id: string;
  original: string;
  alsoAs: string[];
  /** Forms that hold only the statistics tables, scored on cells alone. */
  tablesOnly?: string[];
}

export const reports: ReportEntry[] = [
  { id: 'seed-000', original: 'seeds/000_87410cd3979e9921.txt', alsoAs: ['pdf/seed000-ruled.pdf', 'pdf/seed000-fakebold.pdf'] },
  {
    id: 'seed-003',
    original: 'seeds/003_8ef98a67e9da6293.txt',
    alsoAs: ['pdf/seed003-ruled.pdf', 'pdf/seed003-pagebreak.pdf', 'pdf/seed003-type3.pdf', 'pdf/seed003-type3.html'],
  },
  { id: 'pingtan-2011', original: 'corpus/2011_pingtan_county.txt', alsoAs: [] },
  { id: 'pingtan-2012', original: 'corpus/2012_pingtan_county.html', alsoAs: ['corpus/2012_pingtan_county.txt'] },
  { id: 'pingtan-2013', original: 'corpus/2013_pingtan_county.html', alsoAs: ['corpus/2013_pingtan_county.txt'] },
  { id: 'pingtan-2014', original: 'corpus/2014_pingtan_zonghe_shiyanqu.txt', alsoAs: [] },
  { id: 'pingtan-2016', original: 'corpus/2016_pingtan_zonghe_shiyanqu.txt', alsoAs: [] },
  { id: 'pingtan-2018', original: 'corpus/2018_pingtan_zonghe_shiyanqu.txt', alsoAs: [] },
  { id: 'pingtan-2019', original: 'corpus/2019_pingtan_zonghe_shiyanqu.txt', alsoAs: [] },
  { id: 'pingtan-2021', original: 'corpus/2021_pingtan_zonghe_shiyanqu.txt', alsoAs: [] },
  { id: 'pingtan-2023', original: 'corpus/2023_pingtan_zonghe_shiyanqu.txt', alsoAs: [] },
  { id: 'pingtan-2025', original: 'corpus/2025_pingtan_zonghe_shiyanqu.txt', alsoAs: [] },
  {
    id: 'huaian-2024',
    original: 'corpus/2024_huaian_city.pdf',
    alsoAs: ['corpus/2024_huaian_city.pdftotext.txt', 'corpus/2024_huaian_city.pdftotext-raw.txt'],
    tablesOnly: ['html/huaian-2024-tables.html'],
  },
  { id: 'hongze-2023', original: 'corpus/2023_huaian_hongze_district.pdf', alsoAs: ['corpus/2023_huaian_hongze_district.pdftotext.txt'] },
];
