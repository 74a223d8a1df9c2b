/**
 * Agency names as reports and pages write them ("沭阳县发改局", "沭阳县发展和改革局") reduced to one canonical
 * form, so two reports of one body group together. Expansion is deliberately conservative: it only
 * rewrites abbreviations that name exactly one body, and it keeps bodies apart that really differ
 * (县政府 is the government, 县政府办公室 is its general office).
 */
import { BoundedCache } from '../boundedCache'
import { compactLabel } from '../text/normalize'

/** User-maintained aliases: a name as written → the canonical name it stands for. */
export type AgencyAliases = Record<string, string>

/**
 * Common abbreviations of county/city departments and their full official names. Longer keys are
 * applied first, so "发改委" is not read as "发改" + "委". Keys are matched at the end of a name or
 * before "办公室", because an abbreviation inside a longer word is usually part of another name.
 */
export const AGENCY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  发改局: '发展和改革局',
  发改委: '发展和改革委员会',
  人社局: '人力资源和社会保障局',
  住建局: '住房和城乡建设局',
  住建委: '住房和城乡建设委员会',
  市监局: '市场监督管理局',
  市场监管局: '市场监督管理局',
  卫健委: '卫生健康委员会',
  卫健局: '卫生健康局',
  城管局: '城市管理局',
  自规局: '自然资源和规划局',
  资规局: '自然资源和规划局',
  工信局: '工业和信息化局',
  科技局: '科学技术局',
  教体局: '教育体育局',
  文旅局: '文化和旅游局',
  文广旅局: '文化广电和旅游局',
  交通局: '交通运输局',
  农水局: '农业农村和水利局',
  应急局: '应急管理局',
  医保局: '医疗保障局',
  退役军人局: '退役军人事务局',
  审批局: '行政审批局',
  国资委: '国有资产监督管理委员会',
  民宗局: '民族宗教事务局',
  人防办: '人民防空办公室',
  编办: '机构编制委员会办公室',
  环保局: '环境保护局',
  管委会: '管理委员会',
  党政办: '党政办公室',
  政府办: '人民政府办公室',
}

/** Parks and zones whose 管理委员会 is the reporting body of the zone itself (平潭综合实验区管委会). */
const ZONE_SUFFIX = /(实验区|开发区|高新区|示范区|新区|园区|试验区|合作区|保税区|经济区)$/u
const ZONE_BODY = /^(.+?)(管理委员会)$/u

/** Each abbreviation with its full name and the "…办公室" form it may also end in, longest first. */
const EXPANSIONS = Object.keys(AGENCY_ABBREVIATIONS)
  .sort((a, b) => b.length - a.length)
  .map((key) => ({ key, full: AGENCY_ABBREVIATIONS[key] ?? key, office: `${key}办公室` }))

/** Whitespace, brackets and punctuation that differ between copies of one title. */
function compact(name: string): string {
  return compactLabel(name).replace(/[()（）【】[\]「」《》"“”'‘’·•・,，、.。:：;；\-—_]/gu, '')
}

function expandAbbreviation(name: string): string {
  for (const { key, full, office } of EXPANSIONS) {
    if (name.endsWith(key)) return name.slice(0, name.length - key.length) + full
    if (name.endsWith(office) && !key.endsWith('办'))
      return `${name.slice(0, name.length - office.length)}${full}办公室`
  }
  return name
}

/** "沭阳县政府" → "沭阳县人民政府", "沭阳县政府办公室" → "沭阳县人民政府办公室"; "人民政府" stays. */
function expandGovernment(name: string): string {
  return name.replace(/(?<!人民)政府/gu, '人民政府')
}

/** "平潭综合实验区管理委员会" → "平潭综合实验区": the zone and its committee are one reporting body. */
function dropZoneCommittee(name: string): string {
  const match = ZONE_BODY.exec(name)
  const zone = match?.[1]
  return zone !== undefined && ZONE_SUFFIX.test(zone) ? zone : name
}

/** The name of an area a government governs: a county, a district, a town… (not a zone, ZONE_SUFFIX). */
const AREA = /(?:省|自治区|市|州|盟|县|区|旗|镇|乡)$/u
/**
 * Areas ending in 区 that no 人民政府 governs: a residents' community, a scenic or industrial area run by a
 * committee of its own (XX产业集聚区管委会).
 */
const UNGOVERNED_AREA = /(?:社区|小区|景区|风景区|名胜区|旅游区|度假区|集聚区|功能区|片区|商务区|自贸区)$/u

/**
 * "中牟县" → "中牟县人民政府": a report titled by its area alone ("中牟县2023年政府信息公开工作年度报告") is its
 * government's, which other years title "中牟县人民政府…"; a zone's name stays the zone's (dropZoneCommittee).
 */
function governmentOfArea(name: string): string {
  return AREA.test(name) && !ZONE_SUFFIX.test(name) && !UNGOVERNED_AREA.test(name) ? `${name}人民政府` : name
}

/** expand's results: the page expands every loaded report's agency on every change of the view. */
const EXPANDED = new BoundedCache<string, string>()

function expand(name: string): string {
  return EXPANDED.get(name, (written) =>
    governmentOfArea(dropZoneCommittee(expandGovernment(expandAbbreviation(compact(written))))),
  )
}

/** Aliases keyed by their expanded form too, so an alias written "XX发改局" also matches "XX 发改局". */
function aliasLookup(aliases: AgencyAliases): Map<string, string> {
  const lookup = new Map<string, string>()
  for (const [alias, canonical] of Object.entries(aliases)) {
    if (alias.trim() === '' || canonical.trim() === '') continue
    lookup.set(compact(alias), canonical)
    lookup.set(expand(alias), canonical)
  }
  return lookup
}

/** Follows alias chains; the members of a cycle all resolve to its first name in code-point order. */
function resolve(name: string, lookup: ReadonlyMap<string, string>): string {
  const path: string[] = []
  let current = compact(name)
  for (;;) {
    const repeat = path.indexOf(current)
    if (repeat >= 0) return expand([...path.slice(repeat)].sort()[0] ?? current)
    const expanded = expand(current)
    const target = lookup.get(current) ?? lookup.get(expanded)
    if (target === undefined) return expanded
    path.push(current)
    current = compact(target)
  }
}

/** Drops the optional conjunctions of official names (发展和改革局 is also written 发展改革局). */
function withoutConjunctions(name: string): string {
  return name.replace(/[和与及]/gu, '')
}

/**
 * The canonical name of an agency, for display: user aliases first (followed through chains; a cycle
 * resolves to one of its members), then the built-in expansion.
 */
export function normalizeAgencyName(name: string, aliases: AgencyAliases = {}): string {
  return resolve(name, aliasLookup(aliases))
}

/** The grouping key: two names denote one body exactly when their keys are equal. */
export function agencyKey(name: string, aliases: AgencyAliases = {}): string {
  return withoutConjunctions(normalizeAgencyName(name, aliases))
}

export function sameAgency(a: string, b: string, aliases: AgencyAliases = {}): boolean {
  return agencyKey(a, aliases) === agencyKey(b, aliases)
}

/** normalizeAgencyName with the alias table prepared once and results cached, for many reports. */
export function agencyNormalizer(aliases: AgencyAliases = {}): (name: string) => string {
  const lookup = aliasLookup(aliases)
  const normalized = new BoundedCache<string, string>()
  return (name) => normalized.get(name, (written) => resolve(written, lookup))
}

/**
 * agencyKey through `normalize` (an agencyNormalizer), results cached: for a grouping that also shows the
 * normalised names, so that both come from one alias table and one cache.
 */
export function agencyKeyerOf(normalize: (name: string) => string): (name: string) => string {
  const keys = new BoundedCache<string, string>()
  return (name) => keys.get(name, (written) => withoutConjunctions(normalize(written)))
}

/** agencyKey with the alias table prepared once and results cached, for grouping many reports. */
export function agencyKeyer(aliases: AgencyAliases = {}): (name: string) => string {
  return agencyKeyerOf(agencyNormalizer(aliases))
}
