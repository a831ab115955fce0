import { useRoute } from '../../app/router';
import { UserDetail } from './UserDetail';
import { UserList } from './UserList';

/** `#/users` (list, search, create) and `#/users/<id>` (details, roles, password). */
export default function UsersPage() {
  const route = useRoute();
  const id = route.segments[1];
  return id ? <UserDetail key={id} id={id} /> : <UserList />;
}
