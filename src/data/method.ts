import type { MethodNote } from './schema'

/**
 * The method shown in the Sources view: the codebook (shared/CODEBOOK.md) in prose, and every rule
 * decided while coding where the codebook was silent. A new decision is written here and applied
 * to every record it touches.
 */
export const method: MethodNote[] = [
  {
    id: 'units',
    title: 'What one provision is',
    body:
      'For the United States, one provision is one bullet under a “Recommended Policy Actions” heading of the plan: 103 bullets, of which one (the CAISI national-security evaluations bullet) is printed twice word for word, in Pillar III sections 6 and 7. It is recorded once (us-3-6-4), with a note, so the US plan has 102 provisions: 58 in Pillar I, 29 in Pillar II and 15 in Pillar III. Ids follow the plan: us-<pillar>-<section>-<bullet>; the repeated bullet’s position (us-3-7-3) is left unused. Section introductions are not provisions; where useful they are quoted as section metadata.\n\n' +
      'For China, one provision is one sentence of a numbered point that commits the parties to something, split only where its clauses act on different dimensions. The preamble and the six principles are recorded as sections and quoted, not coded. Because the plan’s text could be read only in part (see Known gaps), many Chinese provisions are the fragments that were seen, and their numbering (cn-<point>-<n>) follows the order of coding, not the unknown position in the plan.',
  },
  {
    id: 'granularity',
    title: 'Why charts use shares',
    body: 'The two plans are written at different granularity. The US plan is a 23-page domestic programme of concrete agency tasks; China’s plan is a short multilateral declaration of 13 points, of which only parts could be read. Counting provisions would mostly measure document length and what was legible, so the Emphasis, Instrument and Orientation charts show each plan’s provisions as shares of its own total. Counts are kept in the tables and tooltips. Differences in China’s shares are indicative only, because its points 4–13 are known from descriptions.',
  },
  {
    id: 'provenance',
    title: 'Provenance: what the words are',
    body:
      '“Official text” (verbatim-official) means the words were read in the official publication or a faithful full-text copy of it: the US plan’s PDF (its full text is kept beside the data and every US quote is checked against it by a test), and for China the full-text reposts of the official English and Xinhua Chinese texts. “Quoted in a third-party source” (verbatim-quoted) means official wording seen only as a quotation in someone else’s text, which is named. “Described, not quoted” means no official wording was seen: the provision is reconstructed from secondary descriptions, which are cited, it carries no quotation marks and it always shows its badge. Where even the content of a point is unknown (China’s point 9), the point is shown as a section with no provisions rather than filled in.\n\n' +
      'Quotes are trimmed at a sentence or clause boundary to at most 60 words; cuts are marked “…”. Cuts were also made where the text extraction of the PDF garbles a passage (a footnote printed inside a bullet, a word hyphenated across a line), so that every quote can be checked mechanically; each such cut is explained in the provision’s coding notes. Summaries and titles are our own words and never styled as quotes. The “Official wording only” filter hides described provisions and keeps both kinds of verbatim wording.',
  },
  {
    id: 'dimensions',
    title: 'Dimensions: one primary, up to two secondary',
    body:
      'Each provision has one primary dimension, chosen by its main object (what it acts on), not by the words it uses or its section heading, and at most two secondary dimensions where it clearly acts on them too. The Compare matrix lists a provision in the row of its primary dimension; provisions that touch a row only as a secondary code are listed under “Also touching this dimension”.\n\n' +
      'Recurring tie-breaks: AI in manufacturing, robots, vehicles, drones and automated labs counts as robotics; uptake in services, government or industry in general as adoption. Evaluations of risk (national security, CBRN, cyber) count as security; evaluations as measurement science as governance. Compute access and compute markets count as chips; shared research resources bundling compute, models and data (NAIRR) as open source; buildings, power and secure facilities for compute as infrastructure. Export controls count as chips; lowering technological barriers between countries as diplomacy. Evaluating foreign models for ideological alignment or backdoors, and protecting research from adversaries, count as security.\n\n' +
      'Decided while coding: data quality and data access (scientific datasets, data-sharing) count as adoption, not governance or infrastructure. Testbeds for piloting and bringing systems to market count as adoption; testbeds for evaluation as security or governance by the rule above. Technology-protection measures that name no export control (research security) count as security; controls on the wider AI technology stack count as chips, like chip controls. Permitting reform counts as infrastructure even when a bullet names no facility. A strategy, council or plan with no other instrument is coded “Institutions & coordination”.',
  },
  {
    id: 'instruments',
    title: 'Instruments',
    body:
      'Each provision lists every policy tool it uses: deregulation, rules and mandates, standards and guidance, public funding, institutions and coordination, research and data, skills, export controls, export promotion, and international cooperation. Building evaluation frameworks counts as standards (plus research where new methods are developed); carrying out evaluations counts as research.\n\n' +
      'Decided while coding: funding conditions used as leverage against state rules are coded as deregulation plus funding. Regulatory sandboxes are deregulation. Offering federal land for build-out is public funding (support in kind). Tax treatment of training is public funding. Where a Chinese fragment names no tool, it is coded “International cooperation”, and its notes say so.',
  },
  {
    id: 'orientation',
    title: 'Orientation: scope, framing, lead',
    body:
      'Scope says whom a provision works with or for: a national measure, even one aimed outward such as enforcing export controls, is domestic; one that works through allies and partners is allies; all countries, the Global South and multilateral bodies are global. Framing is competitive where the text itself uses rivalry, denial (every export control), dominance or adversary language; cooperative where it speaks of shared benefit or joint action across countries; otherwise neutral. The framing of a section’s introduction is not carried into its bullets. Lead is government where agencies act (also when they deregulate or act “in collaboration with industry”), market where private actors are named as acting, and multistakeholder where governments act with companies, academia or civil society as partners.\n\n' +
      'Decided while coding: a government-convened forum of industry, academia and government (“convene stakeholders”) is multistakeholder, applied to every such convening. Where a Chinese fragment names no actor it is coded multistakeholder, because point 1 addresses governments, international organizations, enterprises, research institutions, social organizations and citizens alike; where only states can act it is coded government.',
  },
  {
    id: 'status',
    title: 'Implementation status',
    body:
      'Status comes from dated evidence only, and every status other than “No implementing act found” cites at least one event with a source. “In progress” means an implementing act exists (an executive order, a request for information, a programme launch); “Delivered” means the concrete output the provision asked for exists; “Contradicted” means a later official act points the other way. “No implementing act found” is the default and does not mean “not done”.\n\n' +
      'Decided while coding: an act that conflicts with a section’s stated aim but not with what the bullet itself asks for is linked as context, not as a contradiction. So the December 2025 decision to allow Nvidia H200 sales to China, and the BIS rule of 13 January 2026, are context for the chip-enforcement bullets (location verification, monitoring diversion), which they do not reverse. Evidence resting on a single weak source is linked as context only.',
  },
  {
    id: 'comparisons',
    title: 'Comparisons and analyst notes',
    body: 'For each dimension an analyst note in our own words says where the plans meet and where they part, and a relation: converge, diverge, mixed, or addressed by only one plan. The notes cite provisions and any outside analysis (for example Carnegie’s reading of shared approaches). Where China’s position on a dimension is known only from descriptions, the note says so. A cell reading “Not addressed in this plan” is a finding about the text that could be read or described; for China it is qualified accordingly.',
  },
  {
    id: 'search',
    title: 'Search and filters',
    body: 'Search looks at titles, verbatim texts (English and Chinese), summaries and section headings. It ignores case, accents and full-width forms; Chinese is matched by substring; several words must all occur; a phrase in double quotes is matched whole. Filters combine: a provision shows when its plan, primary dimension, an instrument, its provenance and its implementation status are all selected and it matches the search.',
  },
  {
    id: 'sources',
    title: 'Sources and verification',
    body: 'Every fact comes from a listed source, transcribed from two source-checked fact sheets (one per plan) and a list of later leads. Each source records whether it was opened directly; secondary and unverified facts carry a visible badge, and numbers from conflicting sources are kept side by side with their sources. Indicators that measure different things (for example China’s total versus “intelligent” computing power) are marked as incomparable and never share a chart axis.',
  },
]
