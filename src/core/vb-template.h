/* vb-template.h — project templates (data/templates, translatable XML)
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "vb-enums.h"

G_BEGIN_DECLS

typedef struct {
  VbProjectTemplate  id;
  char              *name;
  char              *description;
} VbTemplateInfo;

void        vb_template_info_free            (VbTemplateInfo    *info);
GPtrArray  *vb_template_list                 (void);
VbChannel   vb_template_get_default_channel  (VbProjectTemplate  id);

G_END_DECLS
