import { isAppError } from '../errors';
import type { DocumentCollection, StoredDocument } from './document-store';
import type { LearningResolution, LearningResolutionRepository } from './repositories';
import { learningResolutionInputSchema, learningResolutionSchema, parseInput, parseStored } from './schemas';
import { scalar } from './query-guard';

const toResolution = (doc: StoredDocument): LearningResolution => {
  const { _id, ...rest } = doc;
  return parseStored(
    learningResolutionSchema,
    { key: _id, ...rest },
    'learning_resolutions',
  ) as LearningResolution;
};

/** What editors did with an item of the learning loop (an unanswered question or a suggestion), one per item. */
export class DocumentLearningResolutionRepository implements LearningResolutionRepository {
  constructor(private readonly coll: DocumentCollection) {}

  async resolve(input: Omit<LearningResolution, 'resolvedAt'>): Promise<LearningResolution> {
    const parsed = parseInput(learningResolutionInputSchema, input, 'behandling av forslag');
    const { key, ...fields } = parsed;
    const set = { ...fields, resolvedAt: new Date() };
    try {
      await this.coll.insertOne({ _id: key, ...set });
    } catch (err) {
      if (!isAppError(err, 'CONFLICT')) throw err;
      await this.coll.updateOne({ _id: scalar(key) }, { set });
    }
    return { key, ...set };
  }

  async list(keys: string[]): Promise<LearningResolution[]> {
    if (keys.length === 0) return [];
    const docs = await this.coll.find({ _id: { $in: keys.map(scalar) } });
    return docs.map(toResolution);
  }
}
