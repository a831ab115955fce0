import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatDateTime, parseDateTime, parseLocalDate, parsePeriod, formatPeriod, parseVnd, type Period } from '@lnob/domain';

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.INT:
      return Number.isSafeInteger(Number(ast.value)) ? Number(ast.value) : ast.value;
    case Kind.STRING:
      return ast.value;
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.BOOLEAN:
      return ast.value;
    default:
      return undefined;
  }
}

export const VndScalar = new GraphQLScalarType<number, number>({
  name: 'VND',
  description:
    'An amount of Vietnamese đồng (whole đồng, VND has no minor unit) as a JSON number that is a safe integer ' +
    '(|x| ≤ 9,007,199,254,740,991). Accepts an integer or a string of digits; fractions and non-numbers are rejected ' +
    '(reason INVALID_VND). Never a 32-bit Int.',
  serialize: (v) => parseVnd(v),
  parseValue: (v) => parseVnd(v),
  parseLiteral: (ast) => parseVnd(literal(ast)),
});

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or zone, `YYYY-MM-DD` (ngày). Invalid dates fail with reason INVALID_LOCAL_DATE.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseLocalDate(v)),
  parseValue: (v) => parseLocalDate(v),
  parseLiteral: (ast) => parseLocalDate(literal(ast)),
});

export const PeriodScalar = new GraphQLScalarType<Period, string>({
  name: 'Period',
  description:
    'A reporting period (kỳ báo cáo): a year `2024`, a half `2024H1`/`2024H2`, a quarter `2024Q3` or a month `2024-10`. ' +
    'Bad values fail with reason INVALID_PERIOD.',
  serialize: (v) => (typeof v === 'string' ? formatPeriod(parsePeriod(v)) : formatPeriod(v as Period)),
  parseValue: (v) => parsePeriod(v),
  parseLiteral: (ast) => parsePeriod(literal(ast)),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in UTC, ISO-8601 with an explicit offset (`2024-10-17T08:00:00Z`). Reason INVALID_DATE_TIME when malformed.',
  serialize: (v) => formatDateTime(v instanceof Date ? v : parseDateTime(v)),
  parseValue: (v) => parseDateTime(v),
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});
