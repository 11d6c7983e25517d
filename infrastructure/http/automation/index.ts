import { Router } from 'express';
import type { AutomationRouterDependencies } from './automation-dependencies';
import { automationRulesRouter } from './automation-rules-router';
import { cautionAreasRouter } from './caution-areas-router';
import { checkSettingsRouter } from './check-settings-router';
import { customerRanksRouter } from './customer-ranks-router';

export type { AutomationRouterDependencies } from './automation-dependencies';

/** 自動処理設定, チェック設定, 要注意発送地域 and 顧客ランク. Reading needs a sign-in; changing needs settings.manage. */
export const automationSettingsRouter = (deps: AutomationRouterDependencies): Router =>
  Router().use(
    automationRulesRouter(deps),
    checkSettingsRouter(deps),
    cautionAreasRouter(deps),
    customerRanksRouter(deps),
  );
