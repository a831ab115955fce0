import { useRoute } from '../../app/router';
import { PlanForm } from './PlanForm';
import { PlanList } from './PlanList';
import { PlanView } from './PlanView';

/** `#/plans` (the plans in scope), `#/plans/new` (a draft, for capture users) and `#/plans/<id>` (one plan). */
export default function PlansPage() {
  const route = useRoute();
  const id = route.segments[1];
  if (id === 'new') return <PlanForm />;
  return id ? <PlanView key={id} id={id} /> : <PlanList />;
}
