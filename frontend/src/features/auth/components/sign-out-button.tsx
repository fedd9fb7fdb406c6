import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { paths } from '../../../config/paths';
import { signOut } from '../api/sign-out';

export function SignOutButton() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <Button
      variant="ghost"
      onClick={() => {
        signOut(queryClient);
        navigate(paths.signIn, { replace: true });
      }}
    >
      Sign out
    </Button>
  );
}
