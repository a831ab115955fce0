import { useRoute } from '../../app/router';
import { FundList } from './FundList';
import { FundView } from './FundView';

/** `#/funds` (the funds in scope) and `#/funds/<id>` (one fund: overview, ledger, pledges, forms). */
export default function FundsPage() {
  const route = useRoute();
  const id = route.segments[1];
  return id ? <FundView key={id} id={id} /> : <FundList />;
}
