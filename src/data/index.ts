/**
 * The data module, read from the records in `data/` (Node only: the build, the data scripts and
 * the tests). The browser never imports this file; it fetches what the build emits from it.
 */
import { Dataset } from './dataset-schema'
import { buildDatasetInput } from './load'

export { buildDatasetInput, DATA_DIR, DataError, formatProblem, loadData, type DataProblem, type LoadedData } from './load'

/** The validated dataset (throws a DataError naming file, line, record and field if the records are inconsistent). */
export function loadDataset(): Dataset {
  return Dataset.parse(buildDatasetInput())
}
