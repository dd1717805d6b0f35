import { createContext, useContext } from 'react';

/** Opens another screen by its route key (e.g. the header's conflict badge → the Sync screen). */
export const NavigationContext = createContext<(routeKey: string) => void>(() => {});

export const useNavigate = (): ((routeKey: string) => void) => useContext(NavigationContext);
