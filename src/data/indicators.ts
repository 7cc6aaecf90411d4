import type { IndicatorInput } from './schema'

/**
 * Context indicators (SPEC §5, chart 5). Every value is taken from research/us-plan.md §5 or research/cn-plan.md §6
 * (or another numbered fact in those sheets) and cites the sheet's source ids. `comparable: false` and
 * `incomparableWith` keep different measures off a shared axis.
 */
export const indicators: IndicatorInput[] = [
  // ── Chips & compute ───────────────────────────────────────────────────────
  {
    id: 'ascend-910c-inference-vs-h100',
    dimensionId: 'chips',
    label: 'Huawei Ascend 910C inference performance relative to Nvidia H100',
    unit: '% of H100 inference performance',
    description:
      'Inference performance of Huawei’s Ascend 910C as a share of Nvidia’s H100, from testing by DeepSeek researchers as reported by ' +
      'Tom’s Hardware and Chosun Biz in February 2025. Covers inference only; the same reports say training reliability is the weak ' +
      'point. DW (January 2026) gives the same figure but names the chip “Ascend 910”.',
    comparable: true,
    incomparableWith: ['gpu-fp8-tflops'],
    observations: [
      {
        entity: 'Huawei Ascend 910C',
        value: 60,
        date: '2025-02',
        sourceIds: ['th-ascend', 'chosun-ascend'],
        basis: 'reported',
        note: 'Approximately 60%, per DeepSeek researchers; inference only, not training.',
      },
    ],
  },
  {
    id: 'gpu-hbm-capacity',
    dimensionId: 'chips',
    label: 'High-bandwidth memory per GPU: Nvidia H100 SXM vs H200 SXM',
    unit: 'GB of HBM',
    description:
      'On-package high-bandwidth memory of the two Nvidia data-center GPUs at issue in US export policy (HBM3 on the H100, HBM3e on the ' +
      'H200), from Nvidia’s specification as reproduced by a secondary site.',
    comparable: true,
    observations: [
      {
        entity: 'Nvidia H100 SXM',
        value: 80,
        date: '2025',
        sourceIds: ['morph-h200'],
        basis: 'reported',
        note: 'HBM3. Manufacturer specification via an undated secondary page; dated 2025 only to place it on a time axis.',
      },
      {
        entity: 'Nvidia H200 SXM',
        value: 141,
        date: '2025',
        sourceIds: ['morph-h200'],
        basis: 'reported',
        note: 'HBM3e. Manufacturer specification via an undated secondary page; dated 2025 only to place it on a time axis.',
      },
    ],
  },
  {
    id: 'gpu-memory-bandwidth',
    dimensionId: 'chips',
    label: 'Memory bandwidth per GPU: Nvidia H100 SXM vs H200 SXM',
    unit: 'TB/s',
    description: 'Memory bandwidth of the H100 SXM and H200 SXM, from Nvidia’s specification as reproduced by a secondary site.',
    comparable: true,
    observations: [
      {
        entity: 'Nvidia H100 SXM',
        value: 3.35,
        date: '2025',
        sourceIds: ['morph-h200'],
        basis: 'reported',
        note: 'Manufacturer specification via an undated secondary page; dated 2025 only to place it on a time axis.',
      },
      {
        entity: 'Nvidia H200 SXM',
        value: 4.8,
        date: '2025',
        sourceIds: ['morph-h200'],
        basis: 'reported',
        note: 'Manufacturer specification via an undated secondary page; dated 2025 only to place it on a time axis.',
      },
    ],
  },
  {
    id: 'gpu-fp8-tflops',
    dimensionId: 'chips',
    label: 'Peak FP8 throughput per GPU: Nvidia H100 SXM vs H200 SXM',
    unit: 'FP8 TFLOPS (with sparsity)',
    description:
      'Peak 8-bit floating-point throughput with sparsity, from Nvidia’s specification as reproduced by a secondary site. The two chips ' +
      'have the same compute peak; the H200’s gains are in memory. Not the same measure as the relative inference performance reported ' +
      'for the Ascend 910C.',
    comparable: true,
    incomparableWith: ['ascend-910c-inference-vs-h100'],
    observations: [
      {
        entity: 'Nvidia H100 SXM',
        value: 3958,
        date: '2025',
        sourceIds: ['morph-h200'],
        basis: 'reported',
        note: 'With sparsity. Manufacturer specification via an undated secondary page; dated 2025 only to place it on a time axis.',
      },
      {
        entity: 'Nvidia H200 SXM',
        value: 3958,
        date: '2025',
        sourceIds: ['morph-h200'],
        basis: 'reported',
        note: 'With sparsity. Manufacturer specification via an undated secondary page; dated 2025 only to place it on a time axis.',
      },
    ],
  },
  {
    id: 'ascend-910c-transistors',
    dimensionId: 'chips',
    label: 'Transistor count of the Huawei Ascend 910C',
    unit: 'transistors (billions)',
    description:
      'Approximate transistor count of the Ascend 910C, made on SMIC’s 7 nm-class (N+2) process, as reported by a trade news site ' +
      'relaying Tom’s Hardware.',
    comparable: true,
    observations: [
      {
        entity: 'Huawei Ascend 910C',
        value: 53,
        date: '2025',
        sourceIds: ['smbom-ascend'],
        basis: 'reported',
        note: 'Reported as about 53 billion; source undated (early 2025).',
      },
    ],
  },
  {
    id: 'us-cut-of-china-chip-sales',
    dimensionId: 'chips',
    label: 'Share of China AI-chip sales revenue to be paid to the US government',
    unit: '% of China sales revenue',
    description:
      'The share of revenue from AI-chip sales to China that the US government said it would take: 25% on H200 sales (announced by ' +
      'President Trump on 2025-12-08, confirmed by a White House official) and 15% under the earlier August 2025 arrangement with Nvidia ' +
      'and AMD. Bloomberg later reported the 15% deal produced no payments because no implementing rules were issued; the January 2026 ' +
      'rule text reportedly does not mention the 25%, which an FT headline said would be collected through tariffs.',
    comparable: true,
    incomparableWith: ['h200-china-volume-cap'],
    observations: [
      {
        entity: 'Nvidia and AMD China AI-chip sales (August 2025 arrangement)',
        value: 15,
        date: '2025-08',
        sourceIds: ['sabah-h200', 'kudu-h200'],
        basis: 'reported',
        note: 'Reportedly produced no payments, as no rules were issued to implement it.',
      },
      {
        entity: 'Nvidia H200 sales to approved customers in China',
        value: 25,
        date: '2025-12',
        sourceIds: ['wion-h200', 'sabah-h200'],
        basis: 'reported',
        note: 'Announced 2025-12-08; the post read “$25%”, and a White House official confirmed 25%. Collection mechanism reportedly tariffs.',
      },
    ],
  },
  {
    id: 'h200-china-volume-cap',
    dimensionId: 'chips',
    label: 'Cap on H200 exports to China under the January 2026 licensing rule',
    unit: '% of volume sold to US customers',
    description:
      'Under the Commerce rule of 2026-01-13, which moved H200-class chips to case-by-case licensing, shipments to China may not exceed ' +
      'half of the volume sold to US customers. A volume cap, not a revenue share.',
    comparable: true,
    incomparableWith: ['us-cut-of-china-chip-sales'],
    observations: [
      {
        entity: 'Nvidia H200 exports to China',
        value: 50,
        date: '2026-01-13',
        sourceIds: ['cna-h200'],
        basis: 'reported',
        note: 'One of several licence conditions: third-party testing, proof of sufficient US supply, buyer security procedures, no military use.',
      },
    ],
  },
  {
    id: 'h200-china-orders-vs-inventory',
    dimensionId: 'chips',
    label: 'Reported Chinese orders for Nvidia H200 chips vs Nvidia’s H200 inventory',
    unit: 'H200 chips',
    description:
      'Counts of H200 chips around January 2026: orders reported from Chinese firms (Alibaba, Tencent, ByteDance and others) for 2026, ' +
      'and Nvidia’s reported inventory. All are counts of the same chip at the same moment, so they share an axis, but the order ' +
      'figures conflict: Reuters-based reports and DW say more than 2 million, another report says Nvidia expected more than 1 million. ' +
      'Orders had not turned into shipments: Chinese customs blocked the chips in mid-January 2026.',
    comparable: true,
    observations: [
      {
        entity: 'Orders from Chinese firms (Reuters-based reports, DW)',
        value: 2000000,
        date: '2026-01',
        sourceIds: ['thenews-h200', 'tp-h200', 'dw-2026'],
        basis: 'reported',
        note: 'Reported as more than 2 million units ordered for 2026. Conflicts with the figure of more than 1 million (kept separately).',
      },
      {
        entity: 'Orders Nvidia expected from China (FT/Reuters-based report)',
        value: 1000000,
        date: '2026-01',
        sourceIds: ['cn-s27'],
        basis: 'reported',
        note: 'Reported as Nvidia anticipating orders above 1 million units. Conflicts with the figure of more than 2 million.',
      },
      {
        entity: 'Nvidia H200 inventory',
        value: 700000,
        date: '2026-01',
        sourceIds: ['thenews-h200'],
        basis: 'reported',
        note: 'Reported as about 700,000 units.',
      },
    ],
  },
  {
    id: 'h200-china-order-value',
    dimensionId: 'chips',
    label: 'Estimated value of Chinese H200 orders',
    unit: 'USD billion',
    description:
      'Two estimates of the value of the reported H200 orders from Chinese firms. DW gives “topping $50 billion” without a separate source; ' +
      'multiplying the reported 2 million units by the reported price of about $27,000 gives about $54 billion. Not the same measure as ' +
      'Nvidia’s estimate of the annual size of China’s AI-chip market.',
    comparable: true,
    incomparableWith: ['nvidia-china-ai-chip-market'],
    observations: [
      {
        entity: 'Chinese H200 orders (DW)',
        value: 50,
        date: '2026-01',
        sourceIds: ['dw-2026'],
        basis: 'reported',
        note: 'Reported as “topping $50 billion” (around €43 billion); DW’s figure, not found in another source.',
      },
      {
        entity: 'Chinese H200 orders (units × price)',
        value: 54,
        date: '2026-01',
        sourceIds: ['tp-h200', 'bt-h200'],
        basis: 'derived',
        note: '2,000,000 units × about $27,000 per chip ≈ $54 billion (the same arithmetic appears in BT-H200). Both inputs are approximate.',
      },
    ],
  },
  {
    id: 'h200-price-per-chip',
    dimensionId: 'chips',
    label: 'Reported price of an Nvidia H200 for Chinese buyers',
    unit: 'USD per chip',
    description: 'Per-chip price of the H200 reported for the Chinese orders in January 2026 (Reuters-based report).',
    comparable: true,
    observations: [
      {
        entity: 'Nvidia H200 (Chinese orders)',
        value: 27000,
        date: '2026-01',
        sourceIds: ['tp-h200'],
        basis: 'reported',
        note: 'Reported as about $27,000 per chip.',
      },
    ],
  },
  {
    id: 'nvidia-china-ai-chip-market',
    dimensionId: 'chips',
    label: 'Nvidia’s estimate of China’s annual AI-chip market',
    unit: 'USD billion per year',
    description:
      'Nvidia’s own estimate of the yearly size of China’s AI-chip market. An annual market estimate, not the value of any set of orders.',
    comparable: true,
    incomparableWith: ['h200-china-order-value'],
    observations: [
      {
        entity: 'China AI-chip market (Nvidia estimate)',
        value: 50,
        date: '2026-01',
        sourceIds: ['gmt8-h200'],
        basis: 'reported',
        note: 'Reported as about $50 billion a year; source undated (January 2026).',
      },
    ],
  },
  {
    id: 'nvidia-one-day-value-loss',
    dimensionId: 'chips',
    label: 'Nvidia market value lost on 27 January 2025, after DeepSeek R1',
    unit: 'USD billion',
    description:
      'Market capitalisation Nvidia lost on 2025-01-27, the day DeepSeek’s app was reported as the top free app on Apple’s US App Store; ' +
      'reported as the largest one-day loss for any US company. Two outlets give slightly different figures, kept separately.',
    comparable: true,
    incomparableWith: ['nvidia-one-day-share-drop'],
    observations: [
      {
        entity: 'Nvidia (Longbridge figure)',
        value: 589,
        date: '2025-01-27',
        sourceIds: ['lb-nvda'],
        basis: 'reported',
        note: 'Reported as $589 billion; differs from the $593.7 billion reported elsewhere.',
      },
      {
        entity: 'Nvidia (Epoch Times figure)',
        value: 593.7,
        date: '2025-01-27',
        sourceIds: ['et-nvda'],
        basis: 'reported',
        note: 'Reported as $593.7 billion; differs from the $589 billion reported elsewhere.',
      },
    ],
  },
  {
    id: 'nvidia-one-day-share-drop',
    dimensionId: 'chips',
    label: 'Fall in Nvidia’s share price on 27 January 2025',
    unit: '% fall in share price',
    description: 'One-day percentage fall in Nvidia’s share price on 2025-01-27, after the release of DeepSeek R1 and its app.',
    comparable: true,
    incomparableWith: ['nvidia-one-day-value-loss'],
    observations: [
      {
        entity: 'Nvidia',
        value: 17,
        date: '2025-01-27',
        sourceIds: ['et-nvda', 'lb-nvda'],
        basis: 'reported',
        note: 'Reported as about 17%.',
      },
    ],
  },

  // ── Infrastructure & energy (incl. computing capacity) ──────────────────────
  {
    id: 'ai-supercomputer-performance-share',
    dimensionId: 'infrastructure',
    label: 'Share of AI-supercomputer (GPU-cluster) performance by country',
    unit: '% of 16-bit FLOP/s in the Epoch dataset',
    description:
      'Each country’s share of the total 16-bit computing performance of the AI supercomputers in Epoch AI’s dataset, as of May 2025. ' +
      'Limited to the clusters in Epoch’s dataset, so it is not a measure of all national compute.',
    comparable: true,
    incomparableWith: ['cn-total-computing-power', 'cn-intelligent-computing-power'],
    observations: [
      {
        entity: 'United States',
        value: 75,
        date: '2025-05',
        sourceIds: ['epoch-share'],
        basis: 'reported',
        note: 'Reported as about 75%.',
      },
      {
        entity: 'China',
        value: 15,
        date: '2025-05',
        sourceIds: ['epoch-share'],
        basis: 'reported',
        note: 'Reported as about 15%.',
      },
    ],
  },
  {
    id: 'cn-total-computing-power',
    dimensionId: 'infrastructure',
    label: 'China’s total computing power (MIIT figures and target)',
    unit: 'EFLOPS',
    description:
      'China’s total computing-power capacity as announced by the Ministry of Industry and Information Technology, with the 2025 target ' +
      'MIIT and other ministries set in October 2023. The floating-point precision behind the figures is not stated. Not the same ' +
      'measure as “intelligent” computing capacity or CAICT’s infrastructure computing power.',
    comparable: true,
    incomparableWith: ['cn-intelligent-computing-power', 'cn-infrastructure-computing-power-caict', 'ai-supercomputer-performance-share'],
    observations: [
      {
        entity: 'China',
        value: 180,
        date: '2022',
        sourceIds: ['cn-s48'],
        basis: 'reported',
        note: 'End of 2022, MIIT figure reported in April 2023.',
      },
      {
        entity: 'China',
        value: 246,
        date: '2024-10',
        sourceIds: ['cn-s49'],
        basis: 'reported',
        note: 'Given at an MIIT press conference on 22 October 2024.',
      },
      {
        entity: 'China (2025 target)',
        value: 300,
        date: '2025',
        sourceIds: ['cn-s47'],
        basis: 'reported',
        note: 'A target, not a measurement: more than 300 EFLOPS by 2025, set in October 2023.',
      },
    ],
  },
  {
    id: 'cn-infrastructure-computing-power-caict',
    dimensionId: 'infrastructure',
    label: 'China’s infrastructure computing power (CAICT)',
    unit: 'EFLOPS',
    description:
      'Computing power of China’s computing infrastructure in 2023 according to a CAICT blue book, read from a low-reliability repost. ' +
      'A different body and possibly a different definition from MIIT’s total; do not join it to that series.',
    comparable: true,
    incomparableWith: ['cn-total-computing-power', 'cn-intelligent-computing-power'],
    observations: [
      {
        entity: 'China',
        value: 230,
        date: '2023',
        sourceIds: ['cn-s79'],
        basis: 'reported',
        note: 'From a repost on a low-reliability host.',
      },
    ],
  },
  {
    id: 'cn-intelligent-computing-power',
    dimensionId: 'infrastructure',
    label: 'China’s “intelligent” (AI) computing capacity',
    unit: 'EFLOPS',
    description:
      'China’s “intelligent computing” (智算) capacity, i.e. AI-oriented compute, reported by Xinhua and by the head of the National Data ' +
      'Administration in mid-2025. The precision behind the figures is not stated. Not the same measure as total computing power. The two ' +
      'reports differ by a few EFLOPS, with the later one lower: read them as two reports of about the same level, not as a trend.',
    comparable: true,
    incomparableWith: ['cn-total-computing-power', 'cn-infrastructure-computing-power-caict', 'ai-supercomputer-performance-share'],
    observations: [
      {
        entity: 'China',
        value: 788,
        date: '2025-06',
        sourceIds: ['cn-s50'],
        basis: 'reported',
        note: 'End of June 2025 (Xinhua). Higher than the later NDA figure; the two are not a time series.',
      },
      {
        entity: 'China',
        value: 780,
        date: '2025-08',
        sourceIds: ['cn-s51'],
        basis: 'reported',
        note: 'Reported as 780,000 PFLOPS by the National Data Administration head, August 2025.',
      },
    ],
  },
  {
    id: 'cn-data-centre-racks',
    dimensionId: 'infrastructure',
    label: 'Standard data-center racks in use in China',
    unit: 'standard racks (millions)',
    description: 'Number of data-center racks in use in China, counted in standard-rack equivalents, as reported by Xinhua.',
    comparable: true,
    observations: [
      {
        entity: 'China',
        value: 10.85,
        date: '2025-06',
        sourceIds: ['cn-s50'],
        basis: 'reported',
        note: 'End of June 2025.',
      },
    ],
  },
  {
    id: 'us-data-centre-count',
    dimensionId: 'infrastructure',
    label: 'Data centers in the United States',
    unit: 'data centers',
    description:
      'Number of data centers in the United States per the Stanford AI Index 2026, as summarised by MeriTalk, which says the count is more ' +
      'than ten times that of any other country.',
    comparable: true,
    observations: [
      {
        entity: 'United States',
        value: 5427,
        date: '2026',
        sourceIds: ['meri-aii26'],
        basis: 'reported',
        note: 'AI Index 2026 (released 2026-04-13) via a press summary; the data year is not stated there.',
      },
    ],
  },
  {
    id: 'us-data-centre-electricity',
    dimensionId: 'infrastructure',
    label: 'US data-center electricity use',
    unit: 'TWh',
    description:
      'Electricity consumed by US data centers in 2023, from Lawrence Berkeley National Laboratory’s 2024 report as summarised by the ' +
      'American Public Power Association.',
    comparable: true,
    incomparableWith: ['us-data-centre-electricity-share', 'us-data-centre-electricity-2028-projection'],
    observations: [
      {
        entity: 'United States',
        value: 176,
        date: '2023',
        sourceIds: ['appa-lbnl'],
        basis: 'reported',
      },
    ],
  },
  {
    id: 'us-data-centre-electricity-share',
    dimensionId: 'infrastructure',
    label: 'US data centers’ share of US electricity use',
    unit: '% of US electricity consumption',
    description: 'Data centers’ share of total US electricity consumption in 2023 (LBNL, via the American Public Power Association).',
    comparable: true,
    incomparableWith: ['us-data-centre-electricity', 'us-data-centre-electricity-share-2028-projection'],
    observations: [
      {
        entity: 'United States',
        value: 4.4,
        date: '2023',
        sourceIds: ['appa-lbnl'],
        basis: 'reported',
      },
    ],
  },
  {
    id: 'us-data-centre-electricity-2028-projection',
    dimensionId: 'infrastructure',
    label: 'Projected US data-center electricity use in 2028 (LBNL range)',
    unit: 'TWh in 2028 (projected)',
    description:
      'LBNL’s projected range for US data-center electricity use in 2028. Observations are dated by the report’s release (December 2024), ' +
      'not by 2028, so they must not be plotted on the same time axis as measured consumption.',
    comparable: true,
    incomparableWith: ['us-data-centre-electricity'],
    observations: [
      {
        entity: 'United States, 2028 (low end of range)',
        value: 325,
        date: '2024-12',
        sourceIds: ['appa-lbnl'],
        basis: 'reported',
        note: 'Projection for 2028 published 2024-12-20; dated by publication.',
      },
      {
        entity: 'United States, 2028 (high end of range)',
        value: 580,
        date: '2024-12',
        sourceIds: ['appa-lbnl'],
        basis: 'reported',
        note: 'Projection for 2028 published 2024-12-20; dated by publication.',
      },
    ],
  },
  {
    id: 'us-data-centre-electricity-share-2028-projection',
    dimensionId: 'infrastructure',
    label: 'Projected US data-center share of US electricity use in 2028 (LBNL range)',
    unit: '% of US electricity consumption in 2028 (projected)',
    description:
      'LBNL’s projected range for data centers’ share of US electricity use in 2028, dated by the report’s release (December 2024). ' +
      'Not to be plotted on the same time axis as the measured 2023 share.',
    comparable: true,
    incomparableWith: ['us-data-centre-electricity-share'],
    observations: [
      {
        entity: 'United States, 2028 (low end of range)',
        value: 6.7,
        date: '2024-12',
        sourceIds: ['appa-lbnl'],
        basis: 'reported',
        note: 'Projection for 2028 published 2024-12-20; dated by publication.',
      },
      {
        entity: 'United States, 2028 (high end of range)',
        value: 12,
        date: '2024-12',
        sourceIds: ['appa-lbnl'],
        basis: 'reported',
        note: 'Projection for 2028 published 2024-12-20; dated by publication.',
      },
    ],
  },

  // ── Open source & open weights ──────────────────────────────────────────────
  {
    id: 'qwen-downloads',
    dimensionId: 'open-weights',
    label: 'Cumulative Hugging Face downloads of Alibaba’s Qwen models',
    unit: 'downloads (millions)',
    description:
      'Cumulative downloads of Alibaba’s open-weight Qwen family on Hugging Face, as reported by Xinhua in January 2026 and repeated by DW, ' +
      'which call it the most downloaded open-weight family, ahead of Meta’s Llama. A download count, not a count of users or deployments.',
    comparable: true,
    incomparableWith: ['hf-download-share-by-origin', 'prc-model-download-growth'],
    observations: [
      {
        entity: 'Alibaba Qwen',
        value: 700,
        date: '2026-01',
        sourceIds: ['xinhua-qwen', 'dw-2026'],
        basis: 'reported',
        note: 'Reported as about 700 million, “as of this month” (Xinhua, 2026-01-13).',
      },
    ],
  },
  {
    id: 'qwen-open-models',
    dimensionId: 'open-weights',
    label: 'Qwen models open-sourced by Alibaba',
    unit: 'models',
    description: 'Number of Qwen models Alibaba itself has released openly, per the Qwen team as reported by Xinhua and DW.',
    comparable: true,
    incomparableWith: ['qwen-derivative-models'],
    observations: [
      {
        entity: 'Alibaba Qwen',
        value: 400,
        date: '2026-01',
        sourceIds: ['xinhua-qwen', 'dw-2026'],
        basis: 'reported',
        note: 'Reported as approximately (Xinhua) or nearly (DW) 400.',
      },
    ],
  },
  {
    id: 'qwen-derivative-models',
    dimensionId: 'open-weights',
    label: 'Derivative models built on Qwen',
    unit: 'models',
    description:
      'Number of derivative models other developers have built from Qwen models, per the Qwen team as reported by Xinhua and DW. Counts ' +
      'third-party derivatives, not Alibaba’s own releases.',
    comparable: true,
    incomparableWith: ['qwen-open-models'],
    observations: [
      {
        entity: 'Alibaba Qwen',
        value: 180000,
        date: '2026-01',
        sourceIds: ['xinhua-qwen', 'dw-2026'],
        basis: 'reported',
        note: 'Reported as more than 180,000.',
      },
    ],
  },
  {
    id: 'hf-download-share-by-origin',
    dimensionId: 'open-weights',
    label: 'Share of recent Hugging Face downloads by model developer’s origin',
    unit: '% of recent Hugging Face downloads',
    description:
      'Share of model downloads on Hugging Face over a recent one-year window (data to August 2025), by where the model’s developer is ' +
      'based, from Hugging Face’s “State of Open Source” Spring 2026 report as summarised by a secondary site. Only three categories were ' +
      'reported, so the shares do not sum to 100%.',
    comparable: true,
    incomparableWith: ['qwen-downloads', 'prc-model-download-growth'],
    observations: [
      {
        entity: 'China',
        value: 17.1,
        date: '2025-08',
        sourceIds: ['hf-spring26'],
        basis: 'reported',
        note: 'Recent-year window ending August 2025; secondary summary.',
      },
      {
        entity: 'United States',
        value: 15.8,
        date: '2025-08',
        sourceIds: ['hf-spring26'],
        basis: 'reported',
        note: 'Recent-year window ending August 2025; secondary summary.',
      },
      {
        entity: 'International / online',
        value: 23.8,
        date: '2025-08',
        sourceIds: ['hf-spring26'],
        basis: 'reported',
        note: 'Recent-year window ending August 2025; secondary summary.',
      },
    ],
  },
  {
    id: 'prc-model-download-growth',
    dimensionId: 'open-weights',
    label: 'Growth in downloads of PRC models on model-sharing platforms since January 2025',
    unit: '% increase since January 2025',
    description:
      'Increase in downloads of models from PRC developers on model-sharing platforms since January 2025 (the release of DeepSeek R1), ' +
      'from CAISI’s DeepSeek evaluation of 2025-09-30 as summarised by two secondary sources.',
    comparable: true,
    incomparableWith: ['qwen-downloads', 'hf-download-share-by-origin'],
    observations: [
      {
        entity: 'PRC-developed models',
        value: 1000,
        date: '2025-09',
        sourceIds: ['gp-caisi', 'neo-caisi'],
        basis: 'reported',
        note: 'Reported as nearly 1,000%; CAISI figure via secondary summaries, not the NIST report itself.',
      },
    ],
  },

  // ── Robotics & physical AI ──────────────────────────────────────────────────
  {
    id: 'industrial-robot-installations',
    dimensionId: 'robotics',
    label: 'Industrial robots installed per year (IFR)',
    unit: 'units installed',
    description:
      'New industrial robots installed during the year, from the International Federation of Robotics’ World Robotics reports (2024 edition ' +
      'for 2023 data, 2025 edition for 2024 data), read through press releases and news summaries. Annual installations, not the stock ' +
      'of robots in operation. Two sources give slightly different US figures for 2024; both are kept.',
    comparable: true,
    incomparableWith: ['industrial-robot-operational-stock', 'us-automotive-robot-installations', 'industrial-robot-installation-share'],
    observations: [
      {
        entity: 'China',
        value: 276288,
        date: '2023',
        sourceIds: ['ifr-wr24'],
        basis: 'reported',
      },
      {
        entity: 'World',
        value: 541302,
        date: '2023',
        sourceIds: ['ifr-wr24'],
        basis: 'reported',
      },
      {
        entity: 'China',
        value: 295000,
        date: '2024',
        sourceIds: ['ifr-wr25', 'cn-s58', 'tengele-ifr'],
        basis: 'reported',
        note: 'Reported as about 295,000 (+5% on 2023), via secondary reports of World Robotics 2025.',
      },
      {
        entity: 'World',
        value: 542000,
        date: '2024',
        sourceIds: ['cn-s58'],
        basis: 'reported',
        note: 'Rounded figure via a news report of World Robotics 2025.',
      },
      {
        entity: 'United States',
        value: 34300,
        date: '2024',
        sourceIds: ['apacc-ifr'],
        basis: 'reported',
        note: 'Preliminary IFR result (May 2025). A later report gives 34,200 (separate observation).',
      },
      {
        entity: 'United States',
        value: 34200,
        date: '2024',
        sourceIds: ['cn-s58'],
        basis: 'reported',
        note: 'Via a news report of World Robotics 2025; differs from the preliminary 34,300.',
      },
      {
        entity: 'Japan',
        value: 44500,
        date: '2024',
        sourceIds: ['cn-s58'],
        basis: 'reported',
        note: 'Via a news report of World Robotics 2025.',
      },
    ],
  },
  {
    id: 'industrial-robot-installation-share',
    dimensionId: 'robotics',
    label: 'Share of the world’s industrial-robot installations',
    unit: '% of world installations',
    description: 'A country’s share of all industrial robots installed worldwide in the year (IFR World Robotics data).',
    comparable: true,
    incomparableWith: ['industrial-robot-installations'],
    observations: [
      {
        entity: 'China',
        value: 51,
        date: '2023',
        sourceIds: ['ifr-wr24'],
        basis: 'reported',
        note: '276,288 of 541,302 units.',
      },
      {
        entity: 'China',
        value: 54,
        date: '2024',
        sourceIds: ['ifr-wr25', 'tengele-ifr'],
        basis: 'reported',
        note: 'Reported as about 54% (“more than half”); 295,000 / 542,000 from cn-s58 gives 54.4%.',
      },
      {
        entity: 'United States',
        value: 6.3,
        date: '2024',
        sourceIds: ['cn-s58'],
        basis: 'derived',
        note: 'Computed as 34,200 / 542,000 = 6.3%, both figures from the same World Robotics 2025 news report.',
      },
    ],
  },
  {
    id: 'industrial-robot-operational-stock',
    dimensionId: 'robotics',
    label: 'Industrial robots in operation (IFR)',
    unit: 'robots in operation (millions)',
    description:
      'The operational stock of industrial robots at year end, from IFR World Robotics reports via press releases and news summaries. ' +
      'A stock, not the year’s installations.',
    comparable: true,
    incomparableWith: ['industrial-robot-installations'],
    observations: [
      {
        entity: 'World',
        value: 4,
        date: '2023',
        sourceIds: ['ifr-wr24'],
        basis: 'reported',
        note: 'Reported in the IFR press-release headline as a record 4 million.',
      },
      {
        entity: 'China',
        value: 1.8,
        date: '2023',
        sourceIds: ['ifr-wr24'],
        basis: 'reported',
        note: 'Reported as about 1.8 million.',
      },
      {
        entity: 'World',
        value: 4.664,
        date: '2024',
        sourceIds: ['ifr-wr25'],
        basis: 'reported',
        note: '4,664,000 units, via a secondary (Spanish-language) report of World Robotics 2025.',
      },
      {
        entity: 'China',
        value: 2.027,
        date: '2024',
        sourceIds: ['cn-s58'],
        basis: 'reported',
        note: '2.027 million via a news report; IFR-WR25 coverage gives “more than 2 million”.',
      },
    ],
  },
  {
    id: 'robot-density-manufacturing',
    dimensionId: 'robotics',
    label: 'Robot density in manufacturing',
    unit: 'robots per 10,000 manufacturing employees',
    description:
      'Operational industrial robots per 10,000 manufacturing employees in 2023 (IFR World Robotics 2024, via Xinhua and a robotics blog). ' +
      'The US ranked 10th, but its value was not found in the sources, so it is absent.',
    comparable: true,
    observations: [
      {
        entity: 'South Korea',
        value: 1012,
        date: '2023',
        sourceIds: ['cn-s57'],
        basis: 'reported',
      },
      {
        entity: 'Singapore',
        value: 770,
        date: '2023',
        sourceIds: ['cn-s57'],
        basis: 'reported',
      },
      {
        entity: 'China',
        value: 470,
        date: '2023',
        sourceIds: ['xinhua-density', 'cn-s57'],
        basis: 'reported',
        note: 'Ranked third worldwide.',
      },
      {
        entity: 'Germany',
        value: 429,
        date: '2023',
        sourceIds: ['cn-s57'],
        basis: 'reported',
      },
      {
        entity: 'Japan',
        value: 419,
        date: '2023',
        sourceIds: ['cn-s57'],
        basis: 'reported',
      },
    ],
  },
  {
    id: 'us-automotive-robot-installations',
    dimensionId: 'robotics',
    label: 'Industrial robots installed in the US automotive industry',
    unit: 'units installed',
    description:
      'Industrial robots installed in the US automotive industry in 2024, a subset of all US installations (preliminary IFR results).',
    comparable: true,
    incomparableWith: ['industrial-robot-installations'],
    observations: [
      {
        entity: 'United States (automotive)',
        value: 13700,
        date: '2024',
        sourceIds: ['apacc-ifr'],
        basis: 'reported',
        note: 'Preliminary; up 10.7% on 2023.',
      },
    ],
  },

  // ── Governance & regulation ─────────────────────────────────────────────────
  {
    id: 'cac-filed-genai-services',
    dimensionId: 'governance',
    label: 'Generative-AI services filed with the Cyberspace Administration of China',
    unit: 'services (cumulative)',
    description:
      'Cumulative number of generative-AI services filed at national level with the Cyberspace Administration of China (CAC). Filed ' +
      '(national) services are a different category from services registered at provincial level. A count of 868 reported elsewhere is ' +
      'left out because its year is not stated.',
    comparable: true,
    incomparableWith: ['cac-registered-genai-services', 'cn-filed-large-models-miit'],
    observations: [
      {
        entity: 'China',
        value: 346,
        date: '2025-03-31',
        sourceIds: ['cn-s52'],
        basis: 'reported',
        note: 'CAC figure via Xinhua.',
      },
      {
        entity: 'China',
        value: 490,
        date: '2025-07',
        sourceIds: ['cn-s53'],
        basis: 'reported',
        note: 'Reported by a CAC official as more than 490 (around 30 July 2025).',
      },
      {
        entity: 'China',
        value: 538,
        date: '2025-08',
        sourceIds: ['cn-s54'],
        basis: 'reported',
        note: 'From a summary of CNNIC’s generative-AI application report (2025).',
      },
    ],
  },
  {
    id: 'cac-registered-genai-services',
    dimensionId: 'governance',
    label: 'Generative-AI applications registered at provincial level in China',
    unit: 'services (cumulative)',
    description:
      'Cumulative number of generative-AI services or applications registered at provincial level, as opposed to filed at national level ' +
      'with the CAC. A different category: not to be added to or plotted with the filed count.',
    comparable: true,
    incomparableWith: ['cac-filed-genai-services'],
    observations: [
      {
        entity: 'China',
        value: 240,
        date: '2025-07',
        sourceIds: ['cn-s53'],
        basis: 'reported',
        note: 'Reported by a CAC official as more than 240 (around 30 July 2025).',
      },
      {
        entity: 'China',
        value: 263,
        date: '2025-08',
        sourceIds: ['cn-s54'],
        basis: 'reported',
        note: 'From a summary of CNNIC’s generative-AI application report (2025).',
      },
    ],
  },
  {
    id: 'cn-filed-large-models-miit',
    dimensionId: 'governance',
    label: 'Filed generative-AI large-model services in China (MIIT figure)',
    unit: 'services (cumulative)',
    description:
      'MIIT’s October 2024 count of generative-AI large-model services that had completed filing. Given by a different ministry with ' +
      'different wording from the CAC counts, so it is kept apart from that series.',
    comparable: true,
    incomparableWith: ['cac-filed-genai-services'],
    observations: [
      {
        entity: 'China',
        value: 200,
        date: '2024-10',
        sourceIds: ['cn-s49'],
        basis: 'reported',
        note: 'Reported as about 200.',
      },
    ],
  },
  {
    id: 'us-plan-rfi-comments',
    dimensionId: 'governance',
    label: 'Public comments received on the US AI Action Plan request for information',
    unit: 'comments',
    description:
      'Comments OSTP received on its February 2025 request for information for the AI Action Plan, published on 2025-04-24 (law-firm summary).',
    comparable: true,
    observations: [
      {
        entity: 'United States (OSTP RFI)',
        value: 10000,
        date: '2025-04-24',
        sourceIds: ['mondaq-rfi'],
        basis: 'reported',
        note: 'Reported as more than 10,000.',
      },
    ],
  },

  // ── Safety & security (CAISI evaluation of DeepSeek, 2025-09-30) ────────────
  {
    id: 'caisi-jailbreak-compliance',
    dimensionId: 'security',
    label: 'Compliance with overtly malicious jailbreak requests (CAISI evaluation)',
    unit: '% of malicious requests complied with',
    description:
      'Share of overtly malicious jailbreak requests a model complied with in CAISI’s evaluation of DeepSeek models (released 2025-09-30 ' +
      'under the AI Action Plan), read through two consistent secondary summaries, not the NIST report itself.',
    comparable: true,
    observations: [
      {
        entity: 'DeepSeek R1-0528',
        value: 94,
        date: '2025-09-30',
        sourceIds: ['gp-caisi', 'neo-caisi'],
        basis: 'reported',
        note: 'Secondary summaries of the CAISI report.',
      },
      {
        entity: 'US reference models',
        value: 8,
        date: '2025-09-30',
        sourceIds: ['gp-caisi', 'neo-caisi'],
        basis: 'reported',
        note: 'Secondary summaries of the CAISI report.',
      },
    ],
  },
  {
    id: 'caisi-agent-hijacking-ratio',
    dimensionId: 'security',
    label: 'Likelihood of following agent-hijacking instructions, DeepSeek vs US models (CAISI)',
    unit: 'times the rate of US models',
    description:
      'How much likelier agents based on DeepSeek R1-0528 were to follow malicious agent-hijacking instructions than agents based on US ' +
      'models, in CAISI’s evaluation (2025-09-30), via secondary summaries.',
    comparable: true,
    incomparableWith: ['caisi-ccp-narrative-ratio'],
    observations: [
      {
        entity: 'DeepSeek R1-0528-based agents',
        value: 12,
        date: '2025-09-30',
        sourceIds: ['gp-caisi', 'neo-caisi'],
        basis: 'reported',
        note: 'Reported as about 12 times as likely.',
      },
    ],
  },
  {
    id: 'caisi-ccp-narrative-ratio',
    dimensionId: 'security',
    label: 'Echoing of inaccurate or misleading CCP narratives, DeepSeek vs US models (CAISI)',
    unit: 'times the rate of US models',
    description:
      'How often DeepSeek models echoed inaccurate or misleading CCP narratives relative to US models, in CAISI’s evaluation (2025-09-30), ' +
      'via secondary summaries.',
    comparable: true,
    incomparableWith: ['caisi-agent-hijacking-ratio'],
    observations: [
      {
        entity: 'DeepSeek models',
        value: 4,
        date: '2025-09-30',
        sourceIds: ['gp-caisi', 'neo-caisi'],
        basis: 'reported',
        note: 'Reported as about 4 times as often.',
      },
    ],
  },
  {
    id: 'caisi-cost-difference',
    dimensionId: 'security',
    label: 'Cost of a US reference model relative to DeepSeek for similar performance (CAISI)',
    unit: '% cheaper (US reference model)',
    description:
      'Average cost saving of a US reference model over DeepSeek models for similar performance across 13 benchmarks in CAISI’s evaluation ' +
      '(2025-09-30), via secondary summaries.',
    comparable: true,
    incomparableWith: ['caisi-task-gap'],
    observations: [
      {
        entity: 'US reference model vs DeepSeek',
        value: 35,
        date: '2025-09-30',
        sourceIds: ['gp-caisi', 'neo-caisi'],
        basis: 'reported',
        note: 'Average across 13 benchmarks.',
      },
    ],
  },
  {
    id: 'caisi-task-gap',
    dimensionId: 'security',
    label: 'Extra tasks solved by the best US model in software engineering and cyber (CAISI)',
    unit: '% more tasks solved (best US model)',
    description:
      'In CAISI’s evaluation (2025-09-30), the performance gap between US and DeepSeek models was largest in software engineering and ' +
      'cyber tasks, where the best US model solved over 20% more tasks. Via secondary summaries, whose wording (“over 20% more tasks”) ' +
      'is kept as given.',
    comparable: true,
    incomparableWith: ['caisi-cost-difference'],
    observations: [
      {
        entity: 'Best US model vs best DeepSeek model',
        value: 20,
        date: '2025-09-30',
        sourceIds: ['gp-caisi', 'neo-caisi'],
        basis: 'reported',
        note: 'Reported as over 20% more tasks.',
      },
    ],
  },

  // ── Adoption, science & workforce (incl. investment, models, research output) ─
  {
    id: 'private-ai-investment-2024',
    dimensionId: 'adoption',
    label: 'Private AI investment by country, 2024 (AI Index 2025)',
    unit: 'USD billion',
    description:
      'Private investment in AI companies in 2024 by country, from the Stanford HAI AI Index 2025, read through press summaries. Not the ' +
      'same measure as global corporate AI investment or generative-AI private investment, and not joined to the AI Index 2026 figure.',
    comparable: true,
    incomparableWith: ['us-private-ai-investment-2025', 'global-corporate-ai-investment', 'global-genai-private-investment'],
    observations: [
      { entity: 'United States', value: 109.1, date: '2024', sourceIds: ['ciol-aii25', 'fud-aii25'], basis: 'reported' },
      { entity: 'China', value: 9.3, date: '2024', sourceIds: ['ciol-aii25', 'fud-aii25'], basis: 'reported' },
      { entity: 'United Kingdom', value: 4.5, date: '2024', sourceIds: ['ciol-aii25', 'fud-aii25'], basis: 'reported' },
    ],
  },
  {
    id: 'us-private-ai-investment-2025',
    dimensionId: 'adoption',
    label: 'US private AI investment, 2025 (AI Index 2026)',
    unit: 'USD billion',
    description:
      'US private AI investment in 2025 from the Stanford HAI AI Index 2026, via a press summary. From a different edition than the 2024 ' +
      'figures; whether the 2026 edition revised the 2024 values was not checked, so the two are not joined into a growth series.',
    comparable: true,
    incomparableWith: ['private-ai-investment-2024'],
    observations: [
      {
        entity: 'United States',
        value: 285.9,
        date: '2025',
        sourceIds: ['meri-aii26'],
        basis: 'reported',
        note: 'AI Index 2026 (released 2026-04-13) via a press summary.',
      },
    ],
  },
  {
    id: 'global-corporate-ai-investment',
    dimensionId: 'adoption',
    label: 'Global corporate AI investment, 2024 (AI Index 2025)',
    unit: 'USD billion',
    description:
      'Worldwide corporate investment in AI in 2024 (AI Index 2025, via a press summary). A broader measure than private investment.',
    comparable: true,
    incomparableWith: ['private-ai-investment-2024', 'global-genai-private-investment'],
    observations: [{ entity: 'World', value: 252.3, date: '2024', sourceIds: ['ciol-aii25'], basis: 'reported' }],
  },
  {
    id: 'global-genai-private-investment',
    dimensionId: 'adoption',
    label: 'Global private investment in generative AI, 2024 (AI Index 2025)',
    unit: 'USD billion',
    description: 'Worldwide private investment in generative AI in 2024 (AI Index 2025, via press summaries); a subset of AI investment.',
    comparable: true,
    incomparableWith: ['private-ai-investment-2024', 'global-corporate-ai-investment'],
    observations: [{ entity: 'World', value: 33.9, date: '2024', sourceIds: ['ciol-aii25', 'fud-aii25'], basis: 'reported' }],
  },
  {
    id: 'notable-ai-models',
    dimensionId: 'adoption',
    label: 'Notable AI models by country of origin, 2024 (AI Index 2025)',
    unit: 'models',
    description:
      'Number of notable AI models produced in 2024 by institutions in each country or region, as counted by the Stanford HAI AI Index 2025 ' +
      '(read through press summaries). “Notable” follows the AI Index’s own selection.',
    comparable: true,
    observations: [
      { entity: 'United States', value: 40, date: '2024', sourceIds: ['ciol-aii25', 'fud-aii25', 'cn-s60'], basis: 'reported' },
      { entity: 'China', value: 15, date: '2024', sourceIds: ['ciol-aii25', 'fud-aii25', 'cn-s60'], basis: 'reported' },
      { entity: 'Europe', value: 3, date: '2024', sourceIds: ['ciol-aii25', 'fud-aii25', 'cn-s60'], basis: 'reported' },
    ],
  },
  {
    id: 'top-model-performance-gap',
    dimensionId: 'adoption',
    label: 'Performance lead of the top US model over the top Chinese model (AI Index 2026)',
    unit: '% performance lead (top US model)',
    description:
      'How far the best US model led the best Chinese model in March 2026, per the Stanford HAI AI Index 2026 as summarised by MeriTalk. ' +
      'The measurement basis behind the figure was not recorded in our sources.',
    comparable: true,
    observations: [
      {
        entity: 'Top US model vs top Chinese model',
        value: 2.7,
        date: '2026-03',
        sourceIds: ['meri-aii26'],
        basis: 'reported',
        note: 'Via a press summary of the AI Index 2026.',
      },
    ],
  },
  {
    id: 'organisations-using-ai',
    dimensionId: 'adoption',
    label: 'Organizations reporting AI use (AI Index 2025)',
    unit: '% of organizations',
    description:
      'Share of surveyed organizations worldwide reporting that they use AI, per the Stanford HAI AI Index 2025 (via a press summary).',
    comparable: true,
    incomparableWith: ['cn-ai-plus-penetration-targets'],
    observations: [
      { entity: 'World', value: 55, date: '2023', sourceIds: ['ciol-aii25'], basis: 'reported' },
      { entity: 'World', value: 78, date: '2024', sourceIds: ['ciol-aii25'], basis: 'reported' },
    ],
  },
  {
    id: 'cn-ai-plus-penetration-targets',
    dimensionId: 'adoption',
    label: 'China’s “AI Plus” targets for penetration of intelligent terminals and AI agents',
    unit: '% application penetration (target)',
    description:
      'Targets in the State Council’s “AI Plus” Opinions (published 2025-08-26) for how widely new-generation intelligent terminals and AI ' +
      'agents are used: above 70% by 2027 and above 90% by 2030. Targets, dated by publication because the target years lie after this ' +
      'dataset’s as-of date; not comparable with survey-based adoption rates.',
    comparable: true,
    incomparableWith: ['organisations-using-ai'],
    observations: [
      {
        entity: 'China, 2027 target',
        value: 70,
        date: '2025-08-26',
        sourceIds: ['cn-s81', 'cn-s30'],
        basis: 'reported',
        note: 'Target of more than 70% by 2027; dated by the document’s publication.',
      },
      {
        entity: 'China, 2030 target',
        value: 90,
        date: '2025-08-26',
        sourceIds: ['cn-s81', 'cn-s30'],
        basis: 'reported',
        note: 'Target of more than 90% by 2030; dated by the document’s publication.',
      },
    ],
  },
  {
    id: 'cn-genai-users',
    dimensionId: 'adoption',
    label: 'Generative-AI users in China',
    unit: 'users (millions)',
    description:
      'People in China who use generative-AI products, per CNNIC’s 2025 report (via a summary), equal to 36.5% of internet users. Not the ' +
      'same measure as cumulative account registrations on LLM apps.',
    comparable: true,
    incomparableWith: ['cn-llm-app-registrations'],
    observations: [
      {
        entity: 'China',
        value: 515,
        date: '2025-06',
        sourceIds: ['cn-s54'],
        basis: 'reported',
        note: '36.5% of internet users.',
      },
    ],
  },
  {
    id: 'cn-llm-app-registrations',
    dimensionId: 'adoption',
    label: 'Cumulative registrations of individual users on Chinese LLM apps',
    unit: 'registrations (billions)',
    description:
      'Cumulative registrations of individual users across large-model apps in China, per a CAC official in July 2025. Counts ' +
      'registrations, not unique users.',
    comparable: true,
    incomparableWith: ['cn-genai-users'],
    observations: [
      {
        entity: 'China',
        value: 3.1,
        date: '2025-07',
        sourceIds: ['cn-s53'],
        basis: 'reported',
        note: 'Cumulative registrations, not unique users.',
      },
    ],
  },
  {
    id: 'genai-patent-families-wipo',
    dimensionId: 'adoption',
    label: 'Generative-AI patent families by origin, 2014–2023 (WIPO)',
    unit: 'patent families (2014–2023)',
    description:
      'Generative-AI inventions (patent families) published over 2014–2023, per a WIPO report as covered by ecns.cn. Cumulative over the ' +
      'decade; not the same measure as all-AI patent applications or shares of them.',
    comparable: true,
    incomparableWith: ['cn-ai-patent-applications-cnnic', 'cn-ai-patent-share-caict', 'cn-ai-patent-share-cnnic'],
    observations: [
      {
        entity: 'China',
        value: 38000,
        date: '2023',
        sourceIds: ['cn-s61'],
        basis: 'reported',
        note: 'Reported as more than 38,000; cumulative 2014–2023.',
      },
      {
        entity: 'United States',
        value: 6276,
        date: '2023',
        sourceIds: ['cn-s61'],
        basis: 'reported',
        note: 'Cumulative 2014–2023.',
      },
      {
        entity: 'World',
        value: 54000,
        date: '2023',
        sourceIds: ['cn-s61'],
        basis: 'reported',
        note: 'Reported as 54,000; cumulative 2014–2023.',
      },
    ],
  },
  {
    id: 'cn-ai-patent-share-caict',
    dimensionId: 'adoption',
    label: 'China’s share of global AI patent applications, 2013–2023 Q3 (CAICT)',
    unit: '% of global AI patent applications',
    description:
      'China’s share of AI patent applications worldwide from 2013 to the third quarter of 2023, per a CAICT white paper (via a repost). ' +
      'A different body, period and definition from CNNIC’s 38.58%; the two must not be read as a trend.',
    comparable: true,
    incomparableWith: ['cn-ai-patent-share-cnnic', 'genai-patent-families-wipo'],
    observations: [
      {
        entity: 'China',
        value: 64,
        date: '2023',
        sourceIds: ['cn-s62'],
        basis: 'reported',
        note: 'Cumulative 2013 to 2023 Q3.',
      },
    ],
  },
  {
    id: 'cn-ai-patent-share-cnnic',
    dimensionId: 'adoption',
    label: 'China’s share of global AI patent applications (CNNIC, April 2025)',
    unit: '% of global AI patent applications',
    description:
      'China’s share of AI patent applications worldwide as of April 2025, per CNNIC’s generative-AI report (via a summary). A different ' +
      'body, period and definition from CAICT’s 64%; the two must not be read as a trend.',
    comparable: true,
    incomparableWith: ['cn-ai-patent-share-caict', 'genai-patent-families-wipo'],
    observations: [
      {
        entity: 'China',
        value: 38.58,
        date: '2025-04',
        sourceIds: ['cn-s54'],
        basis: 'reported',
      },
    ],
  },
  {
    id: 'cn-ai-patent-applications-cnnic',
    dimensionId: 'adoption',
    label: 'AI patent applications from China (CNNIC, April 2025)',
    unit: 'patent applications (millions)',
    description:
      'Number of AI patent applications from China as of April 2025, per CNNIC’s generative-AI report (via a summary). Applications, not ' +
      'patent families or grants.',
    comparable: true,
    incomparableWith: ['genai-patent-families-wipo'],
    observations: [
      {
        entity: 'China',
        value: 1.576,
        date: '2025-04',
        sourceIds: ['cn-s54'],
        basis: 'reported',
      },
    ],
  },
  {
    id: 'ai-papers-caict',
    dimensionId: 'adoption',
    label: 'AI research papers, 2013–2023 Q3 (CAICT)',
    unit: 'papers (2013–2023 Q3)',
    description: 'AI papers published from 2013 to the third quarter of 2023, China and world, per a CAICT white paper (via a repost).',
    comparable: true,
    observations: [
      {
        entity: 'China',
        value: 368000,
        date: '2023',
        sourceIds: ['cn-s62'],
        basis: 'reported',
        note: 'Cumulative 2013 to 2023 Q3.',
      },
      {
        entity: 'World',
        value: 1170000,
        date: '2023',
        sourceIds: ['cn-s62'],
        basis: 'reported',
        note: 'Reported as 1.17 million; cumulative 2013 to 2023 Q3.',
      },
    ],
  },

  // ── International cooperation & standards ──────────────────────────────────
  {
    id: 'cn-plan-term-frequency',
    dimensionId: 'diplomacy',
    label: 'How often cooperation words appear in China’s Global AI Governance Action Plan',
    unit: 'occurrences in the plan text',
    description:
      'Word counts in China’s plan as given by a Xinhua commentary, not counted by us. The commentary says “cooperation” and “exchange” ' +
      'appear 21 times without making clear whether that is each or together, so the three bars cannot be read against each other.',
    comparable: false,
    observations: [
      {
        entity: '“global”',
        value: 20,
        date: '2025-07-26',
        sourceIds: ['cn-s66'],
        basis: 'reported',
        note: 'Xinhua commentary count (secondary).',
      },
      {
        entity: '“international”',
        value: 16,
        date: '2025-07-26',
        sourceIds: ['cn-s66'],
        basis: 'reported',
        note: 'Xinhua commentary count (secondary).',
      },
      {
        entity: '“cooperation” and “exchange”',
        value: 21,
        date: '2025-07-26',
        sourceIds: ['cn-s66'],
        basis: 'reported',
        note: 'Xinhua commentary count (secondary); unclear whether each word or both together.',
      },
    ],
  },
]
