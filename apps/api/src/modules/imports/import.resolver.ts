import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../common/context';
import { pageOf } from '../../common/paging';
import { PageArgs, toConnection } from '../../common/relay/connection';
import { rowIdOf } from '../../common/relay/global-id';
import { ImportHouseholdReviewsInput, ImportJobConnection, ImportJobObject, ImportJobPayload, ImportProblemConnection, ImportProblemObject } from './import-job.object';

/** Imports: start a job over an uploaded file, follow it, page through its problems. */
@Resolver(() => ImportJobObject)
export class ImportResolver {
  @Mutation(() => ImportJobPayload, {
    description:
      'Import household reviews (and register the households they name) from a CSV or XLSX file uploaded with `POST /uploads` ' +
      '(template: `GET /templates/household-reviews.xlsx` or `.csv`). Answers at once with a QUEUED job; poll `importJob`. ' +
      'Run it with `dryRun: true` first to see every problem by line, column and reason, then with `dryRun: false` to record the valid rows.',
  })
  async importHouseholdReviews(@Arg('input') i: ImportHouseholdReviewsInput, @Ctx() ctx: HubContext): Promise<ImportJobPayload> {
    const { job } = await ctx.services.imports.startHouseholdReviews(i.uploadId, i.dryRun);
    return { job: ImportJobObject.from(job) };
  }

  @Query(() => ImportJobObject, { description: 'One of your import jobs (NOT_FOUND for anybody else\'s).' })
  async importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<ImportJobObject> {
    return ImportJobObject.from(await ctx.services.imports.get(rowIdOf(id, 'ImportJob')));
  }

  @Query(() => ImportJobConnection, { description: 'Your import jobs, newest first.' })
  async importJobs(@Args() args: PageArgs, @Ctx() ctx: HubContext): Promise<ImportJobConnection> {
    const { first, after } = pageOf(args);
    const { rows, count } = await ctx.services.imports.list(first + 1, after);
    return toConnection(ImportJobConnection, rows, first, after !== null, ImportJobObject.from, (r) => ({ key: 0, id: r.id }), count);
  }

  @FieldResolver(() => ImportProblemConnection, { description: 'The problems found, in file order (line, column, reason); the first 5,000 are kept.' })
  async problems(@Root() job: ImportJobObject, @Args() args: PageArgs, @Ctx() ctx: HubContext): Promise<ImportProblemConnection> {
    const { first, after } = pageOf(args);
    const { rows, count } = await ctx.services.imports.problems(job.rowId, first + 1, after);
    return toConnection(ImportProblemConnection, rows, first, after !== null, ImportProblemObject.from, (r) => ({ key: 0, id: r.id }), count);
  }
}
