import { afterEach, expect, it } from 'vitest';
import { databaseBefore } from '../../../tests/helpers/workspace';
import { getResponsibility } from './repository';

const MIGRATION = '20261206030200_responsibility_columns';
let done: (() => Promise<void>) | undefined;
afterEach(async () => {
  await done?.();
  done = undefined;
});

it('keeps the collection and quality responsibility saved in an existing workspace', async () => {
  const { db, migrateRest, close } = await databaseBefore(MIGRATION);
  done = close;
  await db.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO catalogue_entries (id, sequence, code, name, kind, provider, summary, format_class, format_type, share_type, open_type, update_cycle, created_at, updated_at)
       VALUES ('e1', 1, 'C/1', '户籍人口信息', 'data', '伊川县公安局', 's', 'database', 'oracle', 'conditional', 'none', 'monthly', 't0', 't0')`,
    );
    await tx.run("INSERT INTO responsibilities (entry_id, responsible_person, collection_duty, quality_duty, revision, updated_at) VALUES ('e1', '王五', '负责户籍数据归集', '对准确性负责', 1, 't0')");
  });

  expect(await migrateRest()).toContain(MIGRATION);

  expect(await getResponsibility(db, 'e1')).toMatchObject({ responsiblePerson: '王五', collectionResponsibility: '负责户籍数据归集', qualityResponsibility: '对准确性负责', revision: 1 });
});
