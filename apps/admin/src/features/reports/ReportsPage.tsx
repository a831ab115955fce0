import { useRoute } from '../../app/router';
import { CompliancePage } from './CompliancePage';
import { ReportList } from './ReportList';
import { ReportView } from './ReportView';
import '../plans/plans.css';

/** `#/reports` (outbox / inbox), `#/reports/compliance?plan=…` and `#/reports/<id>` (one report). */
export default function ReportsPage() {
  const route = useRoute();
  const id = route.segments[1];
  if (id === 'compliance') return <CompliancePage />;
  return id ? <ReportView key={id} id={id} /> : <ReportList />;
}
