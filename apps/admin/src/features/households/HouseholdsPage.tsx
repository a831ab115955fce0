import { useRoute } from '../../app/router';
import { HouseholdDetail } from './HouseholdDetail';
import { HouseholdList } from './HouseholdList';
import { RegisterHousehold } from './RegisterHousehold';

/** `#/households` (list), `#/households/new` (register), `#/households/<id>` and `#/households/<id>/review`. */
export default function HouseholdsPage() {
  const route = useRoute();
  const id = route.segments[1];
  if (id === 'new') return <RegisterHousehold />;
  return id ? <HouseholdDetail key={id} id={id} reviewing={route.segments[2] === 'review'} /> : <HouseholdList />;
}
