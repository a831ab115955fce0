import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DomainError, type FieldError } from '@lnob/domain';
import type { Logger } from '../logger';
import { currentRequestScope } from './request-context';

/** Turn a DomainError into the GraphQLError the API returns (code, reason, fieldErrors), with the HTTP status (and headers) to answer when given. */
export function toGraphQLError(e: DomainError, status?: number, headers?: Record<string, string>): GraphQLError {
  return new GraphQLError(e.message, {
    originalError: e,
    extensions: {
      code: e.code,
      reason: e.reason,
      fieldErrors: e.fieldErrors,
      ...(status ? { http: { status, ...(headers ? { headers: new Map(Object.entries(headers)) } : {}) } } : {}),
    },
  });
}

function flattenValidation(errors: ValidationError[], prefix: string): FieldError[] {
  const out: FieldError[] = [];
  for (const err of errors) {
    const path = prefix ? `${prefix}.${err.property}` : err.property;
    for (const message of Object.values(err.constraints ?? {})) out.push({ path, message });
    if (err.children?.length) out.push(...flattenValidation(err.children, path));
  }
  return out;
}

/** Apollo/graphql-js codes that mean "the request itself is malformed". */
const REQUEST_SHAPE_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'QUERY_INVALID',
  GRAPHQL_VALIDATION_FAILED: 'QUERY_INVALID',
  BAD_USER_INPUT: 'VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE: 'QUERY_INVALID',
  PERSISTED_QUERY_NOT_SUPPORTED: 'QUERY_INVALID',
  BAD_REQUEST: 'QUERY_INVALID',
};

/** A DomainError thrown anywhere below (a scalar's parser, a service) as the cause of a GraphQL error. */
function findDomainError(err: unknown): DomainError | undefined {
  let cur: unknown = err;
  for (let i = 0; i < 5 && cur; i++) {
    if (cur instanceof DomainError) return cur;
    cur = (cur as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The single place errors are shaped for clients: the vocabulary of architecture.md
 * (`code`, `reason`, `fieldErrors`, `requestId`); anything unknown is masked and logged.
 */
export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = currentRequestScope()?.requestId;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const domain = findDomainError(error);
    if (domain) {
      return {
        ...base,
        extensions: { code: domain.code, reason: domain.reason, fieldErrors: domain.fieldErrors, ...(domain.details ? { details: domain.details } : {}), requestId },
      };
    }
    const original = (error as { originalError?: unknown })?.originalError;
    if (original instanceof ArgumentValidationError) {
      const errors = original.extensions.validationErrors as ValidationError[];
      // Mutation inputs are always the argument `input` (house convention): name paths like services do.
      const prefix = errors[0]?.target?.constructor.name.endsWith('Input') ? 'input' : '';
      return {
        ...base,
        message: 'Some input values are not valid.',
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'VALIDATION_FAILED',
          fieldErrors: flattenValidation(errors, prefix),
          requestId,
        },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && code in REQUEST_SHAPE_CODES) {
      return {
        ...base,
        extensions: { code: 'BAD_USER_INPUT', reason: REQUEST_SHAPE_CODES[code], fieldErrors: [], requestId },
      };
    }
    log.error({ err: original ?? error, requestId, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error. Quote the requestId when reporting it.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', fieldErrors: [], requestId },
    };
  };
}
