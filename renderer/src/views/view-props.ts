import type { AppInfo, Portfolio } from '../../../shared/domain/types';
import type { Route } from '../routing/route';

/** What the shell hands every section view. Views own everything below it. */
export interface ViewProps {
  portfolio: Portfolio;
  info: AppInfo;
  route: Route;
}
