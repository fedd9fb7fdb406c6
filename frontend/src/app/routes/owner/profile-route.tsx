import { PageHeader } from '../../../components/ui/page-header';
import { getMeQueryOptions, useMe } from '../../../features/auth/api/get-me';
import { ProfileForm } from '../../../features/profile/components/profile-form';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async () => {
    await queryClient.ensureQueryData(getMeQueryOptions(api));
    return null;
  };
}

export function Component() {
  const me = useMe();
  return (
    <>
      <PageHeader title="Profile" description="How you appear on your booking pages." />
      {me.data ? <ProfileForm owner={me.data} /> : null}
    </>
  );
}
