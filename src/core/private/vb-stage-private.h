/* vb-stage-private.h — for the tests: a stage as if it had no page yet
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every stage has its page now, but a stage without one stays a case the
 * guide handles (its rules hidden, the stage never complete): the tests
 * take one away to see it, and give it back.
 */

#pragma once

#include "vb-stage.h"

G_BEGIN_DECLS

void vb_stage_set_withheld (VbStage  stage,
                            gboolean is_withheld);

G_END_DECLS
