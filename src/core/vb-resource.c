/* vb-resource.c
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vb-resource"

#include "config.h"

#include <gio/gio.h>

#include "vb-core-resources.h"
#include "vb-resource.h"

/* @name is relative to the core's resource folder ("templates/blank.xml") */
GBytes *
vb_core_resource_data (const char  *name,
                       GError     **error)
{
  g_autofree char *path = g_strconcat ("/io/github/vendorbench/Vendorbench/core/", name, NULL);

  return g_resource_lookup_data (vb_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
